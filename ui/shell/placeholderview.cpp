// SPDX-License-Identifier: EUPL-1.2
#include "shell/placeholderview.h"

#include "common/sectiontitle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace samsyn {

PlaceholderView::PlaceholderView(const QString &title, const QString &note, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(new SectionTitle(title, {}, this));
    auto *label = new QLabel(note, this);
    label->setObjectName(QStringLiteral("placeholderNote"));
    label->setWordWrap(true);
    label->setAccessibleName(title);
    layout->addWidget(label);
    layout->addStretch(1);
}

} // namespace samsyn
