// SPDX-License-Identifier: EUPL-1.2
#include "shell/teamopener.h"

#include "shell/userprompts.h"
#include "teamfile.h"

#include <QLocale>

namespace samsyn {

TeamOpener::TeamOpener(const Clock &clock, UserPrompts &prompts, QWidget *parent)
    : m_clock(clock)
    , m_prompts(prompts)
    , m_parent(parent)
{
}

std::unique_ptr<TeamFile> TeamOpener::open(const QString &path)
{
    TeamFile::OpenOptions options;
    for (;;) {
        try {
            return TeamFile::open(path, m_clock, options);
        } catch (const LockedError &e) {
            const LockHolder &holder = e.holder();
            if (holder.sameHost || options.breakForeignLock) {
                m_prompts.error(m_parent, tr("The team file is in use"), e.message(), e.technicalDetail());
                return nullptr;
            }
            const QString question =
                tr("The team file is open on another computer: %1.\n\nBreak the lock only if you are sure that nobody "
                   "there has the file open. Two Samsyn programs writing to the same file can damage it.")
                    .arg(holder.describe());
            if (!m_prompts.confirm(m_parent, tr("The team file is in use"), question, tr("Break the lock")))
                return nullptr;
            options.breakForeignLock = true;
        } catch (const Error &e) {
            m_prompts.error(m_parent, tr("The team file cannot be opened"), e.message(), e.technicalDetail());
            if (e.code() == ErrorCode::Corrupt && BackupService::latest(path))
                return offerRestore(path);
            return nullptr;
        }
    }
}

std::unique_ptr<TeamFile> TeamOpener::offerRestore(const QString &path)
{
    const auto backup = BackupService::latest(path);
    const QString question = tr("The newest backup of this team file was taken %1. Restore it? The damaged file is kept "
                                "aside, not deleted; whatever was entered after the backup is not in it.")
                                 .arg(backup->taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!m_prompts.confirm(m_parent, tr("Restore from backup"), question, tr("Restore")))
        return nullptr;
    return restore(path, backup->path);
}

std::unique_ptr<TeamFile> TeamOpener::restore(const QString &path, const QString &backupPath)
{
    try {
        return TeamFile::restore(path, backupPath, m_clock);
    } catch (const Error &e) {
        m_prompts.error(m_parent, tr("The backup could not be restored"), e.message(), e.technicalDetail());
        return nullptr;
    }
}

} // namespace samsyn
