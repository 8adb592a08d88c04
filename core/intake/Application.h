// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Session.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace madoguchi::intake {

/// How an application reached the division. Codes are stored.
enum class Channel
{
    Counter,  // counter: 窓口
    Mail,     // mail: 郵送
    Outreach, // outreach: 出張受付
};

/// Where an application stands. Codes are stored. received → reviewing → awaiting_decision →
/// decided | rejected (or back to reviewing); withdrawn from any open status.
enum class ApplicationStatus
{
    Received,         // received: 受付
    Reviewing,        // reviewing: 審査中
    AwaitingDecision, // awaiting_decision: 決定待ち
    Decided,          // decided: 決定
    Rejected,         // rejected: 却下
    Withdrawn,        // withdrawn: 取下げ
};

QString channelCode(Channel channel);
bool channelFromCode(QStringView code, Channel* channel);
QString channelLabel(Channel channel);
QList<Channel> allChannels();

QString statusCode(ApplicationStatus status);
bool statusFromCode(QStringView code, ApplicationStatus* status);
QString statusLabel(ApplicationStatus status);
QList<ApplicationStatus> allStatuses();
/// The statuses an application may move to from `from` (empty for decided, rejected, withdrawn).
QList<ApplicationStatus> allowedTransitions(ApplicationStatus from);
bool isFinal(ApplicationStatus status);

/// Field code → translated message, for showing every problem of a form inline at once.
/// Attachment problems are keyed "attachment:<code>"; problems with the whole request (person,
/// date of receipt, representative) under the keys "person_id", "received_on", "representative".
using FieldErrors = QMap<QString, QString>;

/// What the clerk entered for one application.
struct IntakeRequest
{
    QString procedureCode;
    QString personId;               // the applicant (person.id)
    QString representativePersonId; // 代理人 when registered as a person, else empty
    QString representativeNote;     // 代理人 not registered: name and relationship, else empty
    QDate receivedOn;               // 受付日 (mail: the day it arrived)
    Channel channel = Channel::Counter;
    QJsonObject fields;      // field code → value (text/date: string, integer: number, …)
    QStringList attachments; // codes of the checklist documents received
    QString draftId;         // the autosaved draft this came from: discarded on success
};

/// A submitted application as stored.
struct Application
{
    QString id;
    qint64 version = 0;
    QString applicationNumber;
    QString procedureCode;
    QString personId;
    QString representativePersonId;
    QString representativeNote;
    QDate receivedOn;
    Channel channel = Channel::Counter;
    QString receivedBy; // staff account id
    ApplicationStatus status = ApplicationStatus::Received;
    QJsonObject fields;     // normalized values
    QJsonArray attachments; // [{code, received}] for every checklist item
    security::Scope scope = security::Scope::WelfareService;
    QString createdAt;
    QString updatedAt;
};

/// One status change of an application.
struct StatusChange
{
    QString fromStatus; // empty for the first entry
    QString toStatus;
    QString changedAt;
    QString changedBy; // staff account id
};

/// What submit() gives back.
struct Submission
{
    QString applicationId;
    QString applicationNumber;
    /// Required documents not received: the application is taken anyway (行政手続法 7条: an
    /// application that arrives must be examined; missing documents are asked for, 補正).
    QStringList missingAttachments;
};

/// An autosaved intake form.
struct IntakeDraft
{
    QString id;
    qint64 version = 0;
    QString procedureCode;
    QJsonObject form; // whatever the form holds, as it holds it
    QString createdAt;
    QString updatedAt;
};

} // namespace madoguchi::intake
