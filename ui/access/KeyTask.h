// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>
#include <utility>

namespace madoguchi::ui {

using UnlockResult = Result<store::Database::UnlockedKey>;

/// Runs a slow key operation (Argon2id: unlock, prepareNew) on the global thread pool, never on
/// the GUI thread, and hands its result to onDone on context's thread. If context is destroyed
/// first, the result is dropped (its key wiped) when the work ends.
///
/// The result travels in a shared_ptr because QFuture wants a copyable type and an UnlockedKey is
/// move-only.
template <typename Work, typename Done> void runKeyTask(QObject* context, Work work, Done onDone)
{
    using Holder = std::shared_ptr<UnlockResult>;
    auto* watcher = new QFutureWatcher<Holder>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, onDone = std::move(onDone)]() mutable {
                         const Holder result = watcher->result();
                         watcher->deleteLater();
                         onDone(std::move(*result));
                     });
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work)]() mutable { return std::make_shared<UnlockResult>(work()); }));
}

} // namespace madoguchi::ui
