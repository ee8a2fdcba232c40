#include "JobDetailsPane.h"

#include "JobTasksModel.h"
#include "JobsClient.h"
#include "RunHistoryPane.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

QString mapText(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        parts.append(it.value().isEmpty() ? it.key()
                                          : it.key() + QStringLiteral(" = ") + it.value());
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("\n"));
}

} // namespace

JobDetailsPane::JobDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_tasks(new JobTasksModel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tasksTable(new QTableView(this))
    , m_runs(new RunHistoryPane(this))
    , m_json(new QPlainTextEdit(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto *overview = new QWidget;
    auto *form = new QFormLayout(overview);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("id"), tr("Job ID"));
    addField(form, QStringLiteral("creator"), tr("Created by"));
    addField(form, QStringLiteral("runAs"), tr("Runs as"));
    addField(form, QStringLiteral("created"), tr("Created"));
    addField(form, QStringLiteral("schedule"), tr("Schedule"));
    addField(form, QStringLiteral("concurrency"), tr("Concurrent runs"));
    addField(form, QStringLiteral("timeout"), tr("Timeout"));
    addField(form, QStringLiteral("clusters"), tr("Clusters"));
    addField(form, QStringLiteral("parameters"), tr("Parameters"));
    addField(form, QStringLiteral("tags"), tr("Tags"));
    addField(form, QStringLiteral("notifications"), tr("On failure, mail"));
    addField(form, QStringLiteral("permissions"), tr("Permissions"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tasksTable->setModel(m_tasks);
    m_tasksTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasksTable->setWordWrap(false);
    m_tasksTable->verticalHeader()->hide();
    m_tasksTable->horizontalHeader()->setStretchLastSection(true);
    m_tasksTable->setAccessibleName(tr("Tasks"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Job JSON"));

    m_tabs->addTab(scroll, tr("&Overview"));
    m_tabs->addTab(m_tasksTable, tr("T&asks"));
    m_tabs->addTab(m_runs, tr("R&uns"));
    m_tabs->addTab(m_json, tr("&JSON"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    clear();
}

QLabel *JobDetailsPane::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label + QLatin1Char(':'), value);
    m_fields.insert(name, value);
    return value;
}

QLabel *JobDetailsPane::field(const QString &name) const
{
    return m_fields.value(name);
}

void JobDetailsPane::setJobsClient(JobsClient *jobs)
{
    m_jobs = jobs;
    m_runs->setJobsClient(jobs);
}

void JobDetailsPane::clear(const QString &why)
{
    if (m_jobCall)
        m_jobCall->cancel();
    if (m_permissionsCall)
        m_permissionsCall->cancel();
    m_jobId = 0;
    m_job.reset();
    m_error.clear();
    m_title->setText(why.isEmpty() ? tr("No job selected") : why);
    m_message->hide();
    for (QLabel *label : std::as_const(m_fields))
        label->clear();
    m_tasks->clearItems();
    m_json->clear();
    m_runs->clear(why);
}

void JobDetailsPane::showJob(qint64 jobId)
{
    if (jobId == m_jobId && (m_job || m_jobCall))
        return;
    clear();
    if (jobId <= 0)
        return;
    m_jobId = jobId;
    m_title->setText(tr("Job %1").arg(jobId));
    reload();
}

void JobDetailsPane::reload()
{
    if (!m_jobs || m_jobId <= 0)
        return;
    if (m_jobCall)
        m_jobCall->cancel();
    const qint64 jobId = m_jobId;
    m_jobCall = m_jobs->getJob(jobId, this, [this, jobId](const JobsResult<JobDetails> &result) {
        m_jobCall = nullptr;
        if (jobId != m_jobId)
            return;
        if (!result.ok()) {
            m_error = result.error.summary();
            // The server's message as it is: "Job 42 does not exist." says what to do.
            m_message->setText(tr("Could not load job %1: %2").arg(jobId).arg(m_error));
            m_message->show();
            Q_EMIT failed(m_error);
            return;
        }
        onJob(result.value);
    });
    if (m_runs->jobId() != jobId)
        m_runs->showJob(jobId);
    else
        m_runs->reload();
    loadPermissions();
}

void JobDetailsPane::onJob(const JobDetails &job)
{
    m_job = job;
    m_error.clear();
    m_message->hide();
    m_title->setText(job.name);
    field(QStringLiteral("id"))->setText(QString::number(job.id));
    field(QStringLiteral("creator"))
        ->setText(job.creator.isEmpty() ? QStringLiteral("—") : job.creator);
    field(QStringLiteral("runAs"))->setText(job.runAs.isEmpty() ? QStringLiteral("—") : job.runAs);
    field(QStringLiteral("created"))
        ->setText(job.createdTime.isValid()
                      ? QLocale().toString(job.createdTime.toLocalTime(), QLocale::LongFormat)
                      : QStringLiteral("—"));
    QString schedule = job.schedule.isEmpty() ? tr("manual runs only") : job.schedule;
    if (!job.trigger.isEmpty())
        schedule =
            job.schedule.isEmpty() ? job.trigger : schedule + QStringLiteral("; ") + job.trigger;
    field(QStringLiteral("schedule"))->setText(schedule);
    field(QStringLiteral("concurrency"))->setText(tr("at most %1").arg(job.maxConcurrentRuns));
    field(QStringLiteral("timeout"))
        ->setText(job.timeoutSeconds > 0 ? formatRunDuration(job.timeoutSeconds * 1000)
                                         : tr("none"));
    QStringList clusters;
    for (const JobClusterSpec &cluster : job.jobClusters)
        clusters.append(tr("job cluster %1: %2").arg(cluster.key, cluster.summary));
    for (const JobTaskSpec &task : job.tasks) {
        const QString line = tr("%1 on %2").arg(task.key, task.compute);
        if (!task.compute.startsWith(QStringLiteral("job cluster")))
            clusters.append(line);
    }
    field(QStringLiteral("clusters"))
        ->setText(clusters.isEmpty() ? QStringLiteral("—") : clusters.join(QLatin1Char('\n')));
    QMap<QString, QString> parameters;
    for (const JobParameterSpec &parameter : job.parameters)
        parameters.insert(parameter.name, parameter.defaultValue);
    QString parameterText =
        job.parameters.isEmpty() ? QString() : tr("job parameters:\n") + mapText(parameters);
    const QMap<QString, QString> notebook = job.notebookParameterDefaults();
    if (!notebook.isEmpty())
        parameterText += (parameterText.isEmpty() ? QString() : QStringLiteral("\n")) +
                         tr("notebook parameters:\n") + mapText(notebook);
    field(QStringLiteral("parameters"))
        ->setText(parameterText.isEmpty() ? QStringLiteral("—") : parameterText);
    field(QStringLiteral("tags"))->setText(mapText(job.tags));
    field(QStringLiteral("notifications"))
        ->setText(job.failureRecipients.isEmpty()
                      ? QStringLiteral("—")
                      : job.failureRecipients.join(QStringLiteral(", ")));
    m_tasks->setTasks(job.tasks);
    m_tasksTable->resizeColumnsToContents();
    const QString json = job.rawJsonText();
    if (m_json->toPlainText() != json)
        m_json->setPlainText(json);
    Q_EMIT jobLoaded(job);
}

void JobDetailsPane::loadPermissions()
{
    if (m_permissionsCall)
        m_permissionsCall->cancel();
    const qint64 jobId = m_jobId;
    QLabel *label = field(QStringLiteral("permissions"));
    if (label->text().isEmpty())
        label->setText(tr("loading…"));
    m_permissionsCall = m_jobs->getPermissions(
        jobId, this, [this, jobId, label](const JobsResult<JobPermissionsInfo> &result) {
            m_permissionsCall = nullptr;
            if (jobId != m_jobId)
                return;
            label->setText(result.ok() ? result.value.summary()
                                       : tr("not available: %1").arg(result.error.summary()));
        });
}

} // namespace brickdesk
