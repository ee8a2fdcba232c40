#include "ResourceListView.h"

#include "RemoteListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace brickdesk {

ResourceListView::ResourceListView(const QString &noun, RemoteListModelBase *model, int sortRole, QWidget *parent)
    : QWidget(parent)
    , m_noun(noun)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_filter->setPlaceholderText(tr("Filter %1…").arg(noun));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Reload the %1 list (F5)").arg(noun));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &ResourceListView::refresh);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(model, &RemoteListModelBase::loadingChanged, this, &ResourceListView::updateStatus);
    connect(model, &RemoteListModelBase::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        updateStatus();
    });
    connect(model, &RemoteListModelBase::loadFailed, this, &ResourceListView::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResourceListView::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourceListView::updateStatus);
    updateStatus();
}

void ResourceListView::setClient(ApiClient *client, const QString &whyNot)
{
    m_client = client;
    m_whyNot = whyNot;
    m_model->clear();
    if (client)
        refresh();
    updateStatus();
}

void ResourceListView::refresh()
{
    if (m_client)
        m_model->load(m_client);
}

void ResourceListView::updateStatus()
{
    m_refresh->setEnabled(m_client != nullptr);
    const int count = m_model->rowCount();
    QString text;
    if (!m_client)
        text = m_whyNot.isEmpty() ? tr("Not connected.") : m_whyNot;
    else if (m_model->isLoading())
        text = count > 0 ? tr("Loading… %1 %2 so far").arg(count).arg(m_noun) : tr("Loading %1…").arg(m_noun);
    else if (!m_model->errorText().isEmpty())
        text = tr("Could not load the %1: %2 — press Refresh to try again.").arg(m_noun, m_model->errorText());
    else if (m_model->hasLoaded())
        text = count == 1 ? tr("1 item") : tr("%1 %2").arg(count).arg(m_noun);
    m_status->setText(text);
}

} // namespace brickdesk
