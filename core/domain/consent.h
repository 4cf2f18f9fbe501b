// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

enum class ConsentPurpose { InformationExchange, Sip, FollowUpRegistration };
enum class ConsentForm { Written, Oral };

struct ConsentCodes
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ConsentCodes)
public:
    static QString code(ConsentPurpose purpose);
    static std::optional<ConsentPurpose> purposeFromCode(const QString &code);
    static QString label(ConsentPurpose purpose);
    static QString code(ConsentForm form);
    static std::optional<ConsentForm> formFromCode(const QString &code);
};

// A samtycke: which parties may share information with the team, for which purpose, from
// when until when. Oral consent records who took it. Withdrawal ends it from that day on.
struct Consent
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Consent)
public:
    qint64 id = 0;
    qint64 participantId = 0;
    ConsentPurpose purpose = ConsentPurpose::InformationExchange;
    QDate givenOn;
    ConsentForm form = ConsentForm::Written;
    std::optional<qint64> recordedBy; // required for oral consent
    QDate validUntil;
    QDate withdrawnOn; // null while not withdrawn
    QString note;
    QList<qint64> partyIds;

    // Valid on `day`: given on or before it, valid until it inclusive, and not withdrawn on
    // or before it (a consent withdrawn on the meeting day does not cover that meeting).
    bool isValidOn(QDate day) const;
    QList<FieldProblem> validate(QDate today) const;

    friend bool operator==(const Consent &, const Consent &) = default;
};

} // namespace samsyn
