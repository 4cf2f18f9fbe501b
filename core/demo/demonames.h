// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/gender.h"

#include <QRandomGenerator>
#include <QStringList>

namespace samsyn {

// Invented people for demo files: common given names (matched to the legal gender in the
// test personnummer) and family names of Swedish and other origins common in Sweden. No
// name from the project's source documents is used.
class DemoNames
{
public:
    static const QStringList &givenNames(Gender gender);
    static const QStringList &familyNames();

    static QString givenName(Gender gender, QRandomGenerator &random);
    static QString familyName(QRandomGenerator &random);
};

} // namespace samsyn
