// SPDX-License-Identifier: EUPL-1.2
#include "participants/identityeditor.h"

#include "participants/fieldfeedback.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace samsyn {

IdentityEditor::IdentityEditor(QDate today, FieldFeedback &feedback, QWidget *parent)
    : QWidget(parent), m_today(today), m_kind(new QComboBox), m_number(new QLineEdit), m_gender(new QComboBox),
      m_birthDate(new QLineEdit), m_derived(new QLabel), m_otherBox(new QWidget)
{
    m_kind->setObjectName(QStringLiteral("identityKind"));
    m_kind->setAccessibleName(tr("Kind of identity"));
    m_kind->addItem(tr("Personnummer or samordningsnummer"));
    m_kind->addItem(tr("Other identity (e.g. reservnummer)"));
    m_number->setObjectName(QStringLiteral("identity"));
    m_number->setAccessibleName(tr("Identity number"));
    m_number->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->setAccessibleName(tr("Legal gender"));
    m_gender->addItem(tr("(choose)"));
    m_gender->addItem(GenderText::label(Gender::Female), GenderText::code(Gender::Female));
    m_gender->addItem(GenderText::label(Gender::Male), GenderText::code(Gender::Male));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setAccessibleName(tr("Birth date"));
    m_birthDate->setPlaceholderText(tr("yyyy-MM-dd"));
    m_derived->setObjectName(QStringLiteral("identityDerived"));
    m_derived->setWordWrap(true);

    auto *numberRow = new QHBoxLayout;
    numberRow->setContentsMargins(0, 0, 0, 0);
    numberRow->addWidget(m_kind);
    numberRow->addWidget(m_number, 1);
    auto *otherForm = new QFormLayout(m_otherBox);
    otherForm->setContentsMargins(0, 0, 0, 0);
    otherForm->addRow(tr("Legal gender:"), feedback.wrap(QStringLiteral("gender"), m_gender));
    otherForm->addRow(tr("Birth date:"), feedback.wrap(QStringLiteral("birthDate"), m_birthDate));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numberRow);
    layout->addWidget(m_derived);
    layout->addWidget(m_otherBox);

    connect(m_kind, &QComboBox::activated, this, [this] {
        updateKindUi();
        Q_EMIT edited();
        Q_EMIT committed();
    });
    connect(m_number, &QLineEdit::textEdited, this, [this] {
        updateDerived();
        Q_EMIT edited();
    });
    connect(m_number, &QLineEdit::editingFinished, this, &IdentityEditor::committed);
    connect(m_gender, &QComboBox::activated, this, &IdentityEditor::edited);
    connect(m_gender, &QComboBox::activated, this, &IdentityEditor::committed);
    connect(m_birthDate, &QLineEdit::textEdited, this, &IdentityEditor::edited);
    connect(m_birthDate, &QLineEdit::editingFinished, this, &IdentityEditor::committed);
    updateKindUi();
}

void IdentityEditor::setParticipant(const Participant &p)
{
    const bool other = p.identityKind == Personnummer::Kind::Other;
    m_kind->setCurrentIndex(other ? 1 : 0);
    const auto number = p.personnummer();
    m_number->setText(number && number->isSwedish() ? number->twelveWithDash() : p.identity);
    m_gender->setCurrentIndex(p.gender ? m_gender->findData(GenderText::code(*p.gender)) : 0);
    m_birthDate->setText(p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString());
    updateKindUi();
}

QList<FieldProblem> IdentityEditor::applyTo(Participant &p) const
{
    QList<FieldProblem> problems;
    if (m_kind->currentIndex() == 1) {
        p.identityKind = Personnummer::Kind::Other;
        p.identity = m_number->text().trimmed();
        p.gender = GenderText::fromCode(m_gender->currentData().toString());
        const QString text = m_birthDate->text().trimmed();
        p.birthDate = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !p.birthDate.isValid())
            problems << FieldProblem{QStringLiteral("birthDate"), tr("Write the date as yyyy-MM-dd, e.g. 1990-01-31.")};
        return problems;
    }
    const auto parsed = Personnummer::parse(m_number->text(), m_today);
    if (parsed.ok()) {
        p.setIdentity(*parsed.value);
    } else {
        p.identityKind = Personnummer::Kind::Personnummer;
        p.identity = m_number->text();
    }
    return problems;
}

void IdentityEditor::updateKindUi()
{
    const bool other = m_kind->currentIndex() == 1;
    m_otherBox->setVisible(other);
    m_derived->setVisible(!other);
    m_number->setPlaceholderText(other ? tr("e.g. R-000123") : tr("YYYYMMDD-NNNN"));
    updateDerived();
}

void IdentityEditor::updateDerived()
{
    const auto parsed = Personnummer::parse(m_number->text(), m_today);
    if (!parsed.ok()) {
        m_derived->clear();
        return;
    }
    const Personnummer &number = *parsed.value;
    // domain.md: the date in a number may be off by a day or two; never call it exact.
    m_derived->setText(tr("%1, born about %2 (from the number; the real birth date may differ by a day or two)")
                           .arg(number.gender() ? GenderText::label(*number.gender()) : QString(),
                                number.birthDate().toString(Qt::ISODate)));
}

} // namespace samsyn
