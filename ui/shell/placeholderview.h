// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

namespace samsyn {

// An honest stand-in for a view that later work fills: a title and a plain note saying what
// will be here. Nothing on it pretends to work.
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    PlaceholderView(const QString &title, const QString &note, QWidget *parent = nullptr);
};

} // namespace samsyn
