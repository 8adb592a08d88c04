// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::registry {

/// What the counter enters to register a person, or the corrected values of one.
struct PersonDraft
{
    QString atenaNumber; // 宛名番号; empty when registering: the next free number is assigned
    QString familyName;  // 氏 (kanji)
    QString givenName;   // 名
    QString familyKana;  // hiragana, katakana or half-width katakana
    QString givenKana;
    QDate birthDate;
    QString sex; // "male" or "female", as on the 住民票
    QString phone;
    // The first address (registration only; later moves go through moveAddress()).
    QString postalCode; // 1234567 or 123-4567
    QString address;
    QDate addressSince; // invalid: the registration date
    /// The keyed blind index of the person's My Number, when the MyNumber service has one for
    /// the draft: the duplicate check then also asks for records with the same number.
    QByteArray myNumberBlindIndex;
};

/// A person as stored.
struct Person
{
    QString id;
    qint64 version = 0;
    QString atenaNumber;
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QDate birthDate;
    QString sex;
    QString phone;
    QString householdId;
    QString relationshipToHead; // 続柄
    QString mergedInto;         // the surviving record's id after a merge; empty otherwise
    QString createdAt;
    QString updatedAt;

    QString fullName() const { return familyName + u'\u3000' + givenName; }
    QString fullKana() const { return familyKana + u'\u3000' + givenKana; }
};

/// One row of a search result or a duplicate warning.
struct PersonSummary
{
    QString id;
    QString atenaNumber;
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QDate birthDate;
    QString address; // current address; empty if none

    QString fullName() const { return familyName + u'\u3000' + givenName; }
    QString fullKana() const { return familyKana + u'\u3000' + givenKana; }
};

/// One address of a person, with effective dates.
struct Address
{
    QString id;
    QString personId;
    QString postalCode;
    QString address;
    QDate validFrom;
    QDate validTo; // the last day there; invalid for the current address
    QString recordedAt;
    QString recordedBy;

    bool isCurrent() const { return !validTo.isValid(); }
};

enum class HandbookKind
{
    Physical,     // 身体障害者手帳: grade 1–6
    Intellectual, // 療育手帳: A or B
    Mental,       // 精神障害者保健福祉手帳: grade 1–3
};
QString handbookKindCode(HandbookKind kind); // physical, intellectual, mental
bool handbookKindFromCode(QStringView code, HandbookKind* kind);

struct HandbookDraft
{
    HandbookKind kind = HandbookKind::Physical;
    QString grade; // "1".."6", "A"/"B", "1".."3" by kind
    QString number;
    QDate issuedOn;
    QDate validUntil; // invalid: no expiry
};

struct Handbook
{
    QString id;
    QString personId;
    HandbookKind kind = HandbookKind::Physical;
    QString grade;
    QString number;
    QDate issuedOn;
    QDate validUntil;
    QString recordedAt;
    QString recordedBy;

    bool isValidOn(QDate date) const
    {
        return date >= issuedOn && (!validUntil.isValid() || date <= validUntil);
    }
};

/// 法定代理人 kinds.
enum class RepresentativeKind
{
    Parent,    // 親権者 (of a minor)
    Guardian,  // 成年後見人 (or 未成年後見人)
    Curator,   // 保佐人
    Assistant, // 補助人
    Other,
};
QString representativeKindCode(RepresentativeKind kind); // parent, guardian, curator, …
bool representativeKindFromCode(QStringView code, RepresentativeKind* kind);

struct RepresentativeDraft
{
    RepresentativeKind kind = RepresentativeKind::Parent;
    QString representativePersonId; // a registered person, or else the name below
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QDate validFrom;
    QDate validTo; // invalid: open
};

struct Representative
{
    QString id;
    QString personId;
    RepresentativeKind kind = RepresentativeKind::Parent;
    QString representativePersonId;
    QString familyName; // the registered person's name when representativePersonId is set
    QString givenName;
    QString familyKana;
    QString givenKana;
    QDate validFrom;
    QDate validTo;
};

/// One corrected field: the value before and after.
struct HistoryEntry
{
    QString personId; // the record it was made on (a merged record's id after a merge)
    QString changedAt;
    QString changedBy; // staff account id
    QString field;     // column name, or "address", "handbook", "representative", "merged_from" …
    QString oldValue;
    QString newValue;
};

/// Everything the person view shows.
struct PersonRecord
{
    Person person;
    std::optional<Address> currentAddress;
    QList<Address> addresses;              // newest first, merged records' included
    QList<Handbook> handbooks;             // newest first
    QList<Representative> representatives; // newest first
    QList<HistoryEntry> history;           // newest first, merged records' included
    QStringList mergedFrom;                // records merged into this one
};

enum class DuplicateReason
{
    SameKanaAndBirthDate,
    SameMyNumber,
};

struct DuplicateCandidate
{
    PersonSummary person;
    DuplicateReason reason = DuplicateReason::SameKanaAndBirthDate;
};

/// The outcome of registerPerson(): a new id, or the records it may duplicate (nothing saved).
struct Registration
{
    QString personId;
    QList<DuplicateCandidate> duplicates;

    bool isRegistered() const { return !personId.isEmpty(); }
};

} // namespace madoguchi::registry
