#include "SecretTableModel.h"

namespace brickdesk {

void SecretTableBase::startLoading()
{
    if (m_loading)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
}

void SecretTableBase::finishLoading(const QString &error)
{
    m_error = error;
    m_loaded = true;
    const bool wasLoading = std::exchange(m_loading, false);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    if (error.isEmpty())
        Q_EMIT loaded();
    else
        Q_EMIT loadFailed(error);
}

void SecretTableBase::forgetLoad()
{
    m_error.clear();
    m_loaded = false;
    if (std::exchange(m_loading, false))
        Q_EMIT loadingChanged(false);
}

} // namespace brickdesk
