// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Application.h"

#include <QCoreApplication>

namespace madoguchi::intake {

namespace {

struct ChannelInfo
{
    Channel channel;
    const char16_t* code;
};

constexpr ChannelInfo kChannels[] = {
    {Channel::Counter, u"counter"},
    {Channel::Mail, u"mail"},
    {Channel::Outreach, u"outreach"},
};

struct StatusInfo
{
    ApplicationStatus status;
    const char16_t* code;
};

constexpr StatusInfo kStatuses[] = {
    {ApplicationStatus::Received, u"received"},
    {ApplicationStatus::Reviewing, u"reviewing"},
    {ApplicationStatus::AwaitingDecision, u"awaiting_decision"},
    {ApplicationStatus::Decided, u"decided"},
    {ApplicationStatus::Rejected, u"rejected"},
    {ApplicationStatus::Withdrawn, u"withdrawn"},
};

} // namespace

QString channelCode(Channel channel)
{
    for (const auto& info : kChannels) {
        if (info.channel == channel)
            return QString::fromUtf16(info.code);
    }
    return {};
}

bool channelFromCode(QStringView code, Channel* channel)
{
    for (const auto& info : kChannels) {
        if (code == QStringView(info.code)) {
            if (channel)
                *channel = info.channel;
            return true;
        }
    }
    return false;
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Counter:
        return QCoreApplication::translate("madoguchi::intake", "At the counter");
    case Channel::Mail:
        return QCoreApplication::translate("madoguchi::intake", "By mail");
    case Channel::Outreach:
        return QCoreApplication::translate("madoguchi::intake", "Outreach");
    }
    return {};
}

QList<Channel> allChannels()
{
    QList<Channel> list;
    for (const auto& info : kChannels)
        list << info.channel;
    return list;
}

QString statusCode(ApplicationStatus status)
{
    for (const auto& info : kStatuses) {
        if (info.status == status)
            return QString::fromUtf16(info.code);
    }
    return {};
}

bool statusFromCode(QStringView code, ApplicationStatus* status)
{
    for (const auto& info : kStatuses) {
        if (code == QStringView(info.code)) {
            if (status)
                *status = info.status;
            return true;
        }
    }
    return false;
}

QString statusLabel(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Received:
        return QCoreApplication::translate("madoguchi::intake", "Received");
    case ApplicationStatus::Reviewing:
        return QCoreApplication::translate("madoguchi::intake", "Under review");
    case ApplicationStatus::AwaitingDecision:
        return QCoreApplication::translate("madoguchi::intake", "Awaiting decision");
    case ApplicationStatus::Decided:
        return QCoreApplication::translate("madoguchi::intake", "Decided");
    case ApplicationStatus::Rejected:
        return QCoreApplication::translate("madoguchi::intake", "Rejected");
    case ApplicationStatus::Withdrawn:
        return QCoreApplication::translate("madoguchi::intake", "Withdrawn");
    }
    return {};
}

QList<ApplicationStatus> allStatuses()
{
    QList<ApplicationStatus> list;
    for (const auto& info : kStatuses)
        list << info.status;
    return list;
}

QList<ApplicationStatus> allowedTransitions(ApplicationStatus from)
{
    using S = ApplicationStatus;
    switch (from) {
    case S::Received:
        return {S::Reviewing, S::Withdrawn};
    case S::Reviewing:
        // 却下 is a decision like any other: it goes through awaiting_decision (maker-checker).
        return {S::AwaitingDecision, S::Withdrawn};
    case S::AwaitingDecision:
        // Back to review when the decision-maker asks for more, or decided either way.
        return {S::Reviewing, S::Decided, S::Rejected, S::Withdrawn};
    case S::Decided:
    case S::Rejected:
    case S::Withdrawn:
        return {};
    }
    return {};
}

bool isFinal(ApplicationStatus status)
{
    return allowedTransitions(status).isEmpty();
}

} // namespace madoguchi::intake
