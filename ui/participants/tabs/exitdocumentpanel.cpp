// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/exitdocumentpanel.h"

#include "common/documentprinting.h"
#include "common/sectiontitle.h"
#include "exit/exitprinting.h"
#include "shell/userprompts.h"
#include "storage/correctionrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/exitdocumentrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

ExitDocumentPanel::ExitDocumentPanel(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_prompts(prompts), m_participantId(participantId), m_status(new QLabel),
      m_preview(new QPushButton(tr("Slutdokumentation preview…"))), m_pdf(new QPushButton), m_final(new QPushButton)
{
    m_status->setObjectName(QStringLiteral("exitDocumentStatus"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("exitDocumentPreview"));
    m_preview->setToolTip(tr("Show the slutdokumentation as it prints; printing from the preview is logged"));
    m_pdf->setObjectName(QStringLiteral("exitDocumentPdf"));
    m_final->setObjectName(QStringLiteral("exitDocumentFinal"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_final);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new SectionTitle(tr("Slutdokumentation")));
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_preview, &QPushButton::clicked, this, &ExitDocumentPanel::preview);
    connect(m_pdf, &QPushButton::clicked, this, &ExitDocumentPanel::savePdf);
    connect(m_final, &QPushButton::clicked, this, &ExitDocumentPanel::printFinal);
    refresh();
}

void ExitDocumentPanel::refresh()
{
    Database &db = m_team.database();
    const std::optional<qint64> enrollment = ExitPrinting::latestExited(db, m_participantId);
    setVisible(enrollment.has_value());
    if (!enrollment)
        return;
    const std::optional<Enrollment> stay = EnrollmentRepository(db).get(*enrollment);
    const QString ended = stay && stay->exit ? stay->exit->endDate.toString(Qt::ISODate) : QString();
    const std::optional<ExitDocument> kept = ExitDocumentRepository(db).finalFor(*enrollment);
    m_hasFinal = kept.has_value();
    if (kept) {
        const QString on = kept->writtenAt.toLocalTime().date().toString(Qt::ISODate);
        QString status = tr("For the stay that ended %1. The final version was printed on %2 by %3 and is kept unchanged: "
                            "every print is that version.")
                             .arg(ended, on, kept->writtenBy);
        // A correction after the final print does not reach the kept copy: say so.
        QDateTime corrected;
        for (const Correction &c : CorrectionRepository(db).forEnrollment(*enrollment)) {
            if (c.correctedAt > kept->writtenAt)
                corrected = c.correctedAt;
        }
        if (corrected.isValid())
            status += QLatin1Char(' ')
                      + tr("The exit was corrected on %1, after the final version was printed; the final version predates "
                           "the correction and does not show it.")
                            .arg(corrected.toLocalTime().date().toString(Qt::ISODate));
        m_status->setText(status);
        m_pdf->setText(tr("Save final as PDF…"));
        m_final->setText(tr("Print final again (kept %1)…").arg(on));
    } else {
        m_status->setText(tr("For the stay that ended %1. Until the final version is printed, the slutdokumentation is a "
                             "draft written from the current data.")
                              .arg(ended));
        m_pdf->setText(tr("Save draft as PDF…"));
        m_final->setText(tr("Print final…"));
    }
    const bool writable = !m_team.isReadOnly();
    for (QPushButton *button : {m_preview, m_pdf, m_final})
        button->setEnabled(writable);
    if (!writable)
        m_status->setText(m_status->text() + QLatin1Char(' ')
                          + tr("The team file is open read-only, so printing (which is logged) is not possible."));
}

bool ExitDocumentPanel::printLogged(bool final)
{
    const QString title = tr("Print the slutdokumentation");
    bool ok = false;
    try {
        const ExitPrinting::Prepared prepared = ExitPrinting::prepare(m_team, m_participantId, final);
        ok = DocumentPrinting::previewLogged(m_team, m_prompts, this, title, prepared.document, prepared.detail,
                                             m_participantId, prepared.keep);
    } catch (const Error &e) {
        m_prompts.error(this, title, e.message(), e.technicalDetail());
    }
    refresh();
    return ok;
}

bool ExitDocumentPanel::preview()
{
    return printLogged(false);
}

bool ExitDocumentPanel::printFinal()
{
    if (!m_hasFinal
        && !m_prompts.confirm(this, tr("Print the final slutdokumentation"),
                              tr("The final version is kept unchanged in the team file exactly as it is printed now; later "
                                 "changes to the exit, the plan or the notes will not alter it. Print the final version?"),
                              tr("Print final")))
        return false;
    return printLogged(true);
}

bool ExitDocumentPanel::savePdf()
{
    const bool ok = DocumentPrinting::savePdf(
        m_team, m_prompts, this, tr("Save the slutdokumentation as PDF"),
        m_hasFinal ? tr("Slutdokumentation.pdf") : tr("Slutdokumentation (draft).pdf"),
        [this](const QString &path) { return ExitPrinting::pdf(m_team, m_participantId, false, path).pages; });
    refresh();
    return ok;
}

} // namespace samsyn
