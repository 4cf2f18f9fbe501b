// SPDX-License-Identifier: EUPL-1.2
#include "util/error.h"

namespace samsyn {

Error::Error(ErrorCode code, QString message, QString technicalDetail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(technicalDetail))
    , m_what(m_message.toUtf8())
{
}

const char *Error::what() const noexcept
{
    return m_what.constData();
}

} // namespace samsyn
