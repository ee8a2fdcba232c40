#include "ClusterDialog.h"

#include "ClusterChoicesLoader.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace brickdesk {

namespace {

QPlainTextEdit *keyValueEdit(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

void selectOrAdd(QComboBox *box, const QString &key)
{
    if (key.isEmpty()) {
        box->setCurrentIndex(-1);
        return;
    }
    int index = box->findData(key);
    if (index < 0) {
        // Not offered by the workspace (yet): keep it rather than silently change it.
        box->addItem(key, key);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QString chosenKey(const QComboBox *box)
{
    const int index = box->currentIndex();
    if (index >= 0 && box->itemText(index) == box->currentText())
        return box->itemData(index).toString();
    return box->currentText().trimmed(); // typed by hand
}

} // namespace

ClusterDialog::ClusterDialog(Mode mode, ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_runtime(new QComboBox(this))
    , m_nodeType(new QComboBox(this))
    , m_driverNodeType(new QComboBox(this))
    , m_autoscale(new QCheckBox(tr("Autoscale"), this))
    , m_workers(new QSpinBox(this))
    , m_minWorkers(new QSpinBox(this))
    , m_maxWorkers(new QSpinBox(this))
    , m_autotermination(new QSpinBox(this))
    , m_sparkConf(keyValueEdit(this, QStringLiteral("spark.sql.shuffle.partitions=200")))
    , m_envVars(keyValueEdit(this, QStringLiteral("PYSPARK_PYTHON=/databricks/python3/bin/python3")))
    , m_tags(keyValueEdit(this, QStringLiteral("team=data-eng")))
    , m_json(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_loader(new ClusterChoicesLoader(this))
{
    setWindowTitle(mode == Mode::Create ? tr("Create cluster") : mode == Mode::Edit ? tr("Edit cluster") : tr("Clone cluster"));
    setMinimumSize(620, 560);
    for (QComboBox *box : {m_runtime, m_nodeType, m_driverNodeType}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
    }
    m_runtime->lineEdit()->setPlaceholderText(tr("Loading runtime versions…"));
    m_nodeType->lineEdit()->setPlaceholderText(tr("Loading node types…"));
    m_driverNodeType->lineEdit()->setPlaceholderText(tr("Same as workers"));
    m_workers->setRange(0, 100000);
    m_workers->setValue(2);
    m_minWorkers->setRange(0, 100000);
    m_minWorkers->setValue(1);
    m_maxWorkers->setRange(1, 100000);
    m_maxWorkers->setValue(4);
    m_autotermination->setRange(0, 10000);
    m_autotermination->setValue(60);
    m_autotermination->setSuffix(tr(" min"));
    m_autotermination->setSpecialValueText(tr("Never"));
    m_name->setPlaceholderText(tr("e.g. Shared analytics"));

    auto *form = new QWidget(m_tabs);
    auto *layout = new QFormLayout(form);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Runtime:"), m_runtime);
    layout->addRow(tr("Node &type:"), m_nodeType);
    layout->addRow(tr("&Driver type:"), m_driverNodeType);
    layout->addRow(QString(), m_autoscale);
    layout->addRow(tr("&Workers:"), m_workers);
    layout->addRow(tr("M&in workers:"), m_minWorkers);
    layout->addRow(tr("Ma&x workers:"), m_maxWorkers);
    layout->addRow(tr("&Terminate after:"), m_autotermination);
    layout->addRow(tr("&Spark conf:"), m_sparkConf);
    layout->addRow(tr("&Environment:"), m_envVars);
    layout->addRow(tr("T&ags:"), m_tags);
    m_tabs->addTab(form, tr("Form"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Cluster definition as JSON"));
    m_tabs->addTab(m_json, tr("JSON"));

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *submit = m_buttons->addButton(mode == Mode::Edit ? tr("Save") : tr("Create"), QDialogButtonBox::AcceptRole);
    submit->setDefault(true);

    auto *main = new QVBoxLayout(this);
    main->addWidget(m_tabs, 1);
    main->addWidget(m_error);
    main->addWidget(m_buttons);

    connect(m_autoscale, &QCheckBox::toggled, this, &ClusterDialog::updateWorkerFields);
    // Moving between the tabs carries the definition across, so neither view goes stale.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            if (const std::optional<ClusterSpec> current = specFromForm())
                m_json->setPlainText(current->toJsonText());
        } else if (!syncJsonToForm()) {
            const QSignalBlocker blocker(m_tabs);
            m_tabs->setCurrentIndex(1);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this, submit] {
        if (!submit->isEnabled())
            return; // already sent: one click, one cluster
        if (const std::optional<ClusterSpec> result = spec()) {
            submit->setEnabled(false);
            m_error->setText(tr("Sending…"));
            m_error->setStyleSheet(QString());
            Q_EMIT submitted(*result);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loader, &ClusterChoicesLoader::loaded, this, &ClusterDialog::fillChoices);
    connect(m_loader, &ClusterChoicesLoader::failed, this, [this](const QString &message) {
        showError(tr("Could not load runtime versions and node types (%1). You can still type them.").arg(message));
        m_runtime->lineEdit()->setPlaceholderText(tr("e.g. 13.3.x-scala2.12"));
        m_nodeType->lineEdit()->setPlaceholderText(tr("e.g. Standard_DS3_v2"));
    });
    updateWorkerFields();
    if (client)
        m_loader->load(client);
}

void ClusterDialog::fillChoices(const QList<SparkVersion> &versions, const QList<NodeType> &nodeTypes)
{
    const QString runtime = chosenKey(m_runtime);
    const QString nodeType = chosenKey(m_nodeType);
    const QString driver = chosenKey(m_driverNodeType);
    m_runtime->clear();
    for (const SparkVersion &version : versions)
        m_runtime->addItem(version.name, version.key);
    for (QComboBox *box : {m_nodeType, m_driverNodeType}) {
        box->clear();
        for (const NodeType &type : nodeTypes) {
            box->addItem(type.label(), type.id);
            box->setItemData(box->count() - 1, type.description, Qt::ToolTipRole);
        }
    }
    m_runtime->lineEdit()->setPlaceholderText(tr("Choose a runtime"));
    m_nodeType->lineEdit()->setPlaceholderText(tr("Choose a node type"));
    selectOrAdd(m_runtime, runtime.isEmpty() && m_mode == Mode::Create && !versions.isEmpty() ? versions.first().key : runtime);
    selectOrAdd(m_nodeType, nodeType.isEmpty() && m_mode == Mode::Create && !nodeTypes.isEmpty() ? nodeTypes.first().id : nodeType);
    selectOrAdd(m_driverNodeType, driver);
    m_choicesLoaded = true;
    Q_EMIT choicesReady();
}

void ClusterDialog::updateWorkerFields()
{
    const bool autoscale = m_autoscale->isChecked();
    m_workers->setEnabled(!autoscale);
    m_minWorkers->setEnabled(autoscale);
    m_maxWorkers->setEnabled(autoscale);
}

void ClusterDialog::setSpec(const ClusterSpec &spec)
{
    m_base = spec;
    m_name->setText(m_mode == Mode::Clone && !spec.name.isEmpty() ? tr("%1 (copy)").arg(spec.name) : spec.name);
    selectOrAdd(m_runtime, spec.sparkVersion);
    selectOrAdd(m_nodeType, spec.nodeTypeId);
    selectOrAdd(m_driverNodeType, spec.driverNodeTypeId);
    m_autoscale->setChecked(spec.autoscale);
    m_workers->setValue(spec.numWorkers);
    m_minWorkers->setValue(spec.minWorkers);
    m_maxWorkers->setValue(spec.maxWorkers);
    m_autotermination->setValue(spec.autoterminationMinutes);
    m_sparkConf->setPlainText(formatKeyValueLines(spec.sparkConf));
    m_envVars->setPlainText(formatKeyValueLines(spec.sparkEnvVars));
    m_tags->setPlainText(formatKeyValueLines(spec.customTags));
    updateWorkerFields();
}

std::optional<ClusterSpec> ClusterDialog::specFromForm()
{
    ClusterSpec spec = m_base;
    spec.name = m_name->text().trimmed();
    spec.sparkVersion = chosenKey(m_runtime);
    spec.nodeTypeId = chosenKey(m_nodeType);
    spec.driverNodeTypeId = chosenKey(m_driverNodeType);
    spec.autoscale = m_autoscale->isChecked();
    spec.numWorkers = m_workers->value();
    spec.minWorkers = m_minWorkers->value();
    spec.maxWorkers = m_maxWorkers->value();
    spec.autoterminationMinutes = m_autotermination->value();
    QStringList problems;
    // A box the user did not touch keeps its map exactly (values with spaces or line breaks
    // would not survive the text form).
    auto mapFrom = [&](const QPlainTextEdit *box, const QMap<QString, QString> &original) {
        return box->toPlainText() == formatKeyValueLines(original) ? original
                                                                   : parseKeyValueLines(box->toPlainText(), &problems);
    };
    spec.sparkConf = mapFrom(m_sparkConf, m_base.sparkConf);
    spec.sparkEnvVars = mapFrom(m_envVars, m_base.sparkEnvVars);
    spec.customTags = mapFrom(m_tags, m_base.customTags);
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    return spec;
}

bool ClusterDialog::syncJsonToForm()
{
    QString error;
    const std::optional<ClusterSpec> parsed = ClusterSpec::fromJsonText(m_json->toPlainText().toUtf8(), &error);
    if (!parsed) {
        showError(error);
        return false;
    }
    const Mode mode = m_mode;
    m_mode = Mode::Edit; // no "(copy)" suffix on a round trip through JSON
    setSpec(*parsed);
    m_mode = mode;
    m_error->clear();
    return true;
}

std::optional<ClusterSpec> ClusterDialog::spec()
{
    if (m_tabs->currentIndex() == 1 && !syncJsonToForm())
        return std::nullopt;
    const std::optional<ClusterSpec> result = specFromForm();
    if (!result)
        return std::nullopt;
    const QStringList problems = result->problems();
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    m_error->clear();
    return result;
}

void ClusterDialog::showError(const QString &message)
{
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setText(message);
    // What was sent came back refused (or was never sent): the user may correct and try again.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(true);
    }
}

} // namespace brickdesk
