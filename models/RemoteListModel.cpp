#include "RemoteListModel.h"

namespace brickdesk {

RemoteListModelBase::~RemoteListModelBase()
{
    // No signals from a half-destroyed model: stop the load quietly.
    if (m_paginator) {
        m_paginator->disconnect(this);
        m_paginator->cancel();
    }
}

void RemoteListModelBase::load(ApiClient *client)
{
    cancel();
    m_seen.clear();
    m_errorText.clear();
    beginLoad();
    m_paginator = std::make_unique<Paginator>(client, firstPageRequest(), itemsKey(), pagingStyle());
    connect(m_paginator.get(), &Paginator::pageReceived, this,
            [this](const QJsonArray &items) { mergePage(items, m_seen); });
    connect(m_paginator.get(), &Paginator::finished, this, [this] {
        removeRowsNotIn(m_seen);
        m_loadedOnce = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    });
    connect(m_paginator.get(), &Paginator::failed, this, [this](const ApiError &error) {
        // Rows already shown stay: a failed refresh must not blank a list the user is reading.
        m_errorText = error.summary();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(m_errorText);
    });
    m_paginator->start();
    Q_EMIT loadingChanged(true);
}

void RemoteListModelBase::cancel()
{
    if (!m_paginator)
        return;
    const bool wasLoading = m_paginator->isRunning();
    m_paginator->cancel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void RemoteListModelBase::clear()
{
    cancel();
    m_seen.clear();
    m_errorText.clear();
    m_loadedOnce = false;
    clearRows();
}

} // namespace brickdesk
