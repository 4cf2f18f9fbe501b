// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace samsyn::cli {

// Wrong use of the command line (a missing file name, an unknown option): the dispatcher
// prints the message and the command's usage and exits with status 2.
class UsageError : public Error
{
public:
    explicit UsageError(QString message) : Error(ErrorCode::Validation, std::move(message)) {}
};

// A tiny parser for one command's arguments: positional words plus `--name value` options
// (repeatable) and `--flag` switches. Deliberately simpler than QCommandLineParser so every
// command reads the same way; unknown options and missing values throw UsageError.
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::Arguments)

public:
    // `valueOptions` and `flags` are names without the leading dashes.
    Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags = {});

    const QStringList &positional() const { return m_positional; }
    // The positional argument at `index`; throws UsageError naming `what` when missing.
    QString required(int index, const QString &what) const;
    // The team file, the one positional argument of most commands.
    QString teamFile() const;
    // Throws UsageError when there are more positional arguments than `count`.
    void expectAtMost(int count) const;

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    // The option as a whole number within [min, max]; throws UsageError otherwise.
    int intValue(const QString &name, int fallback, int min, int max) const;

private:
    QStringList m_positional;
    QMap<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

} // namespace samsyn::cli
