// SPDX-License-Identifier: EUPL-1.2
#include "domain/meeting.h"

#include "domain/codetable.h"

namespace samsyn {

namespace {
constexpr std::array<EnumCode<AgendaKind>, 5> kKindCodes{{
    {AgendaKind::NewReferral, "new_referral"},
    {AgendaKind::PostponedReferral, "postponed_referral"},
    {AgendaKind::Consultation, "consultation"},
    {AgendaKind::FollowUp, "follow_up"},
    {AgendaKind::Other, "other"},
}};
} // namespace

QString AgendaKinds::code(AgendaKind kind)
{
    return enumToCode(kKindCodes, kind);
}

std::optional<AgendaKind> AgendaKinds::fromCode(const QString &code)
{
    return enumFromCode(kKindCodes, code);
}

} // namespace samsyn
