// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"

namespace samsyn::cli {

Arguments::Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        // A one-letter short option such as `-o` is the option named by that letter.
        const bool shortOption = arg.size() == 2 && arg.at(0) == QLatin1Char('-') && arg.at(1).isLetter();
        if (!shortOption && (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--"))) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(shortOption ? 1 : 2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!hasInline && i + 1 >= args.size())
                throw UsageError(tr("The option --%1 needs a value.").arg(name));
            m_values[name] << (hasInline ? inlineValue : args.at(++i));
        } else {
            throw UsageError(tr("Unknown option: --%1").arg(name));
        }
    }
}

QString Arguments::required(int index, const QString &what) const
{
    if (index >= m_positional.size())
        throw UsageError(tr("Missing %1.").arg(what));
    return m_positional.at(index);
}

QString Arguments::teamFile() const
{
    expectAtMost(1);
    return required(0, tr("the name of the team file"));
}

void Arguments::expectAtMost(int count) const
{
    if (m_positional.size() > count)
        throw UsageError(tr("Unexpected argument: %1").arg(m_positional.at(count)));
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.constLast();
}

int Arguments::intValue(const QString &name, int fallback, int min, int max) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int result = value(name).toInt(&ok);
    if (!ok || result < min || result > max)
        throw UsageError(tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return result;
}

} // namespace samsyn::cli
