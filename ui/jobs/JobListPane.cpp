#include "JobListPane.h"

#include "JobFilterProxy.h"
#include "JobListModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

JobListPane::JobListPane(JobListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new JobFilterProxy(this))
    , m_name(new QLineEdit(this))
    , m_mine(new QCheckBox(tr("&Mine"), this))
    , m_tags(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-row size measuring keep a 10,000-row table quick.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setColumnWidth(JobListModel::Name, 260);

    m_name->setPlaceholderText(tr("Filter by name or ID…"));
    m_name->setClearButtonEnabled(true);
    m_name->setAccessibleName(tr("Name filter"));
    m_tags->setPlaceholderText(tr("Tags, e.g. team:ml env"));
    m_tags->setClearButtonEnabled(true);
    m_tags->setAccessibleName(tr("Tag filter"));
    m_mine->setToolTip(tr("Only the jobs you created"));
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setNameFilter(text);
        updateStatus();
    });
    connect(m_tags, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setTagFilter(text);
        updateStatus();
    });
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        m_proxy->setMineOnly(mine);
        updateStatus();
    });
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_name, 3);
    filters->addWidget(m_tags, 2);
    filters->addWidget(m_mine);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentJobChanged(currentJobId()); });
    connect(model, &RemoteListModelBase::loadingChanged, this, &JobListPane::updateStatus);
    connect(model, &RemoteListModelBase::loadFailed, this, &JobListPane::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &JobListPane::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingSelection > 0 && selectJob(m_pendingSelection))
            m_pendingSelection = 0;
        updateStatus();
    });
    connect(model, &RemoteListModelBase::loaded, this, [this] {
        m_table->resizeColumnToContents(JobListModel::JobId);
        m_pendingSelection = 0;
        updateStatus();
    });
    updateStatus();
}

void JobListPane::setClient(ApiClient *client, const QString &whyNot)
{
    m_client = client;
    m_whyNot = whyNot;
    m_model->clear();
    if (client)
        refresh();
    updateStatus();
}

void JobListPane::setUserName(const QString &userName)
{
    m_proxy->setUserName(userName);
    m_mine->setToolTip(userName.isEmpty() ? tr("Only the jobs you created")
                                          : tr("Only the jobs %1 created").arg(userName));
}

void JobListPane::refresh()
{
    if (m_client)
        m_model->load(m_client);
}

qint64 JobListPane::currentJobId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(JobListModel::JobIdRole).toLongLong() : 0;
}

QString JobListPane::currentJobName() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(JobListModel::Name).data().toString()
                             : QString();
}

bool JobListPane::selectJob(qint64 jobId)
{
    const std::optional<int> row = m_model->rowOf(QString::number(jobId));
    if (!row) {
        m_pendingSelection = jobId; // select it when its page arrives
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(*row, 0));
    if (!index.isValid())
        return false; // filtered out
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void JobListPane::updateStatus()
{
    const int count = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString shownText = m_proxy->isFiltering() ? tr(", %1 shown").arg(shown) : QString();
    QString text;
    if (!m_client)
        text = m_whyNot.isEmpty() ? tr("Not connected.") : m_whyNot;
    else if (m_model->isLoading())
        text = count > 0 ? tr("Loading… %1 jobs so far%2").arg(count).arg(shownText)
                         : tr("Loading jobs…");
    else if (!m_model->errorText().isEmpty())
        text = tr("Could not load the jobs: %1 — press F5 to try again.").arg(m_model->errorText());
    else if (m_model->hasLoaded())
        text = (count == 1 ? tr("1 job") : tr("%1 jobs").arg(count)) + shownText;
    m_status->setText(text);
}

} // namespace brickdesk
