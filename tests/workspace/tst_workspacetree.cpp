// The workspace tree model against the demo emulator over real HTTP: lazy listing (requests
// counted), order, "Loading…" and error rows, refreshes that change only the rows that changed,
// cancellation, the actions, the contents counter and the name filter — most under
// QAbstractItemModelTester.
#include "EmulatorOptionsFor.h"
#include "SpinUntil.h"
#include "WorkspaceClient.h"
#include "WorkspaceContentsCounter.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace brickdesk;

namespace {

const QString kToken = QStringLiteral("workspace-tree-token");
const QString kHome = QStringLiteral("/Users/demo.user@brickdesk.example");
const QString kListPath = QStringLiteral("/api/2.0/workspace/list");

using RowKind = WorkspaceTreeModel::RowKind;
using ListingState = WorkspaceTreeModel::ListingState;

QStringList namesIn(const QAbstractItemModel &model, const QModelIndex &folder)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(folder); ++row)
        names.append(model.index(row, 0, folder).data().toString());
    return names;
}

RowKind kindOf(const QModelIndex &index)
{
    return static_cast<RowKind>(index.data(WorkspaceTreeModel::RowKindRole).toInt());
}

} // namespace

class TestWorkspaceTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rootIsListedOnConnectAndFoldersOnlyWhenExpanded();
    void rowsAreSortedFoldersFirstThenByNameWithoutCase();
    void columnsAndRolesDescribeTheObjects();
    void everyLevelUnderTheTester();
    void refreshDiffsInsertedRemovedAndChangedRows();
    void refreshOfTheRootKeepsListedSubfolders();
    void failedListingsUnderTheTester();
    void errorRowsSayTheWorkspacesWords();
    void serverErrorIsAnErrorRowNotHalfAFolder();
    void cancelAllStopsListingsAndTheirHandlers();
    void settingNoClientStopsEverything();
    void createFolderRemoveAndMoveChangeOnlyTheirRows();
    void actionsReportTheWorkspacesErrors();
    void knownContentsAndTheCounter();
    void filterSearchesLoadedNamesOnly();

private:
    void connectModel();
    bool waitListed(const QString &path);
    QModelIndex expand(const QString &path);
    // Lists every folder, level by level, as a user expanding everything would.
    bool expandAll();
    int listRequests() const { return m_listRequests; }

    std::unique_ptr<emulator::WorkspaceEmulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<WorkspaceTreeModel> m_model;
    int m_listRequests = 0;
    QStringList m_listedPaths;
};

void TestWorkspaceTree::init()
{
    m_emulator = std::make_unique<emulator::WorkspaceEmulator>(emulatorOptionsFor(kToken));
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_listRequests = 0;
    connect(m_emulator.get(), &emulator::WorkspaceEmulator::requestReceived, this,
            [this](const QByteArray &, const QString &path) {
                if (path == kListPath)
                    ++m_listRequests;
            });
    m_api = std::make_unique<ApiClient>(&m_network, nullptr);
    m_api->setConnection({QStringLiteral("dev"), m_emulator->baseUrl(), kToken, {}});
    m_api->setRetryPolicy(RetryPolicy::none());
    m_client = std::make_unique<WorkspaceClient>(m_api.get());
    m_model = std::make_unique<WorkspaceTreeModel>();
}

void TestWorkspaceTree::cleanup()
{
    m_model.reset();
    m_client.reset();
    m_api.reset();
    m_emulator.reset();
}

void TestWorkspaceTree::connectModel()
{
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    m_model->setClient(m_client.get());
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().first().toString(), QStringLiteral("/"));
}

bool TestWorkspaceTree::waitListed(const QString &path)
{
    return spinUntil([&] {
        const QModelIndex folder =
            path == QLatin1String("/") ? QModelIndex() : m_model->indexForPath(path);
        return (path == QLatin1String("/") || folder.isValid()) &&
               m_model->listingState(folder) == ListingState::Listed;
    });
}

QModelIndex TestWorkspaceTree::expand(const QString &path)
{
    const QModelIndex folder = m_model->indexForPath(path);
    if (!folder.isValid())
        return {};
    if (m_model->canFetchMore(folder))
        m_model->fetchMore(folder);
    if (!waitListed(path))
        return {};
    return m_model->indexForPath(path);
}

bool TestWorkspaceTree::expandAll()
{
    for (int round = 0; round < 20; ++round) {
        if (!spinUntil([&] { return !m_model->isBusy(); }))
            return false;
        QList<QModelIndex> unlisted;
        QList<QModelIndex> stack{QModelIndex()};
        while (!stack.isEmpty()) {
            const QModelIndex parent = stack.takeLast();
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                if (m_model->canFetchMore(index))
                    unlisted.append(index);
                stack.append(index);
            }
        }
        if (unlisted.isEmpty())
            return m_model->knownContents({}).complete;
        for (const QModelIndex &folder : std::as_const(unlisted))
            m_model->fetchMore(folder);
    }
    return false;
}

void TestWorkspaceTree::rootIsListedOnConnectAndFoldersOnlyWhenExpanded()
{
    QSignalSpy started(m_model.get(), &WorkspaceTreeModel::listingStarted);
    m_model->setClient(m_client.get());
    // At once: one "Loading…" row under the root, and one listing on its way.
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(kindOf(m_model->index(0, 0)), RowKind::Loading);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsSelectable));
    QCOMPARE(m_model->listingState({}), ListingState::Listing);
    QCOMPARE(started.size(), 1);
    QVERIFY(waitListed(QStringLiteral("/")));
    QCOMPARE(namesIn(*m_model, {}), (QStringList{QStringLiteral("Repos"), QStringLiteral("Shared"),
                                                 QStringLiteral("Users")}));
    QCOMPARE(listRequests(), 1);

    // Folders not expanded are not listed: they show an expander and wait.
    const QModelIndex users = m_model->indexForPath(QStringLiteral("/Users"));
    QVERIFY(users.isValid());
    QCOMPARE(m_model->rowCount(users), 0);
    QVERIFY(m_model->hasChildren(users));
    QVERIFY(m_model->canFetchMore(users));
    QTest::qWait(100);
    QCOMPARE(listRequests(), 1);

    // Expanding /Users lists /Users only; the home folder inside stays unlisted.
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QCOMPARE(listRequests(), 2);
    const QModelIndex home = m_model->indexForPath(kHome);
    QVERIFY(home.isValid());
    QCOMPARE(m_model->listingState(home), ListingState::NotListed);
    QCOMPARE(m_model->rowCount(home), 0);
    QVERIFY(!m_model->canFetchMore(users)); // listed once: no second listing from a view
    QVERIFY(expand(kHome).isValid());
    QCOMPARE(listRequests(), 3);
    QCOMPARE(m_listRequests, 3);
    QCOMPARE(started.size(), 3);
}

void TestWorkspaceTree::rowsAreSortedFoldersFirstThenByNameWithoutCase()
{
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    // Names chosen so that a case-sensitive order would differ.
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/alpha"), "print(1)\n",
                                             QStringLiteral("PYTHON")));
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/zeta/inner"), "print(2)\n",
                                             QStringLiteral("PYTHON")));
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Beta"), "SELECT 1\n",
                                             QStringLiteral("SQL")));
    const QModelIndex home = expand(kHome);
    QVERIFY(home.isValid());
    const QStringList names = namesIn(*m_model, home);
    // Folders first (Scratch, zeta), then everything else by name without regard to case.
    QVERIFY2(names.indexOf(QStringLiteral("Scratch")) < names.indexOf(QStringLiteral("alpha")),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.indexOf(QStringLiteral("zeta")) < names.indexOf(QStringLiteral("alpha")));
    QVERIFY(names.indexOf(QStringLiteral("Scratch")) < names.indexOf(QStringLiteral("zeta")));
    QStringList objects;
    for (int row = 0; row < m_model->rowCount(home); ++row) {
        const QModelIndex index = m_model->index(row, 0, home);
        if (!index.data(WorkspaceTreeModel::IsFolderRole).toBool())
            objects.append(index.data().toString());
    }
    const QStringList expectedOrder{QStringLiteral("alpha"),
                                    QStringLiteral("Beta"),
                                    QStringLiteral("config.yaml"),
                                    QStringLiteral("Daily revenue"),
                                    QStringLiteral("Forecast"),
                                    QStringLiteral("Ingest trips"),
                                    QStringLiteral("Revenue overview.lvdash.json"),
                                    QStringLiteral("Sessionize")};
    QStringList seen;
    for (const QString &name : objects) {
        if (expectedOrder.contains(name))
            seen.append(name);
    }
    QCOMPARE(seen, expectedOrder);
    // And the whole folder follows the model's own rule, row by row.
    for (int row = 1; row < m_model->rowCount(home); ++row) {
        const WorkspaceObject before = m_model->objectAt(m_model->index(row - 1, 0, home));
        const WorkspaceObject after = m_model->objectAt(m_model->index(row, 0, home));
        QVERIFY2(WorkspaceTreeModel::lessThan(before, after),
                 qPrintable(before.path + QStringLiteral(" / ") + after.path));
    }
}

void TestWorkspaceTree::columnsAndRolesDescribeTheObjects()
{
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    const QModelIndex home = expand(kHome);
    QVERIFY(home.isValid());
    QCOMPARE(m_model->columnCount(home), 5);
    QCOMPARE(m_model->headerData(WorkspaceTreeModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(WorkspaceTreeModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
    QCOMPARE(m_model->headerData(WorkspaceTreeModel::LanguageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Language"));
    QCOMPARE(m_model->headerData(WorkspaceTreeModel::ModifiedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Modified"));
    QCOMPARE(m_model->headerData(WorkspaceTreeModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Size"));

    const QModelIndex sql = m_model->indexForPath(kHome + QStringLiteral("/Daily revenue"));
    QVERIFY(sql.isValid());
    QCOMPARE(sql.data(WorkspaceTreeModel::PathRole).toString(),
             kHome + QStringLiteral("/Daily revenue"));
    QCOMPARE(sql.data(WorkspaceTreeModel::TypeRole).toInt(),
             static_cast<int>(WorkspaceObjectType::Notebook));
    QCOMPARE(sql.data(WorkspaceTreeModel::LanguageRole).toInt(),
             static_cast<int>(CodeLanguage::Sql));
    QCOMPARE(sql.data(WorkspaceTreeModel::IsFolderRole).toBool(), false);
    QVERIFY(sql.data(WorkspaceTreeModel::ObjectIdRole).toLongLong() > 0);
    QVERIFY(sql.data(WorkspaceTreeModel::ModifiedRole).toLongLong() > 0);
    const auto object = sql.data(WorkspaceTreeModel::ObjectRole).value<WorkspaceObject>();
    QCOMPARE(object.path, kHome + QStringLiteral("/Daily revenue"));
    QCOMPARE(object.language, CodeLanguage::Sql);
    QCOMPARE(sql.siblingAtColumn(WorkspaceTreeModel::TypeColumn).data().toString(),
             QStringLiteral("Notebook"));
    QCOMPARE(sql.siblingAtColumn(WorkspaceTreeModel::LanguageColumn).data().toString(),
             QStringLiteral("SQL"));
    QCOMPARE(sql.siblingAtColumn(WorkspaceTreeModel::LanguageColumn)
                 .data(Qt::DecorationRole)
                 .value<QColor>(),
             WorkspaceTreeModel::languageColour(CodeLanguage::Sql));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
                .match(sql.siblingAtColumn(WorkspaceTreeModel::ModifiedColumn).data().toString())
                .hasMatch());
    QVERIFY(m_model->flags(sql) & Qt::ItemNeverHasChildren);
    QVERIFY(!m_model->hasChildren(sql));

    const QStringList languages{m_model->indexForPath(kHome + QStringLiteral("/Ingest trips"))
                                    .siblingAtColumn(WorkspaceTreeModel::LanguageColumn)
                                    .data()
                                    .toString(),
                                m_model->indexForPath(kHome + QStringLiteral("/Sessionize"))
                                    .siblingAtColumn(WorkspaceTreeModel::LanguageColumn)
                                    .data()
                                    .toString(),
                                m_model->indexForPath(kHome + QStringLiteral("/Forecast"))
                                    .siblingAtColumn(WorkspaceTreeModel::LanguageColumn)
                                    .data()
                                    .toString()};
    QCOMPARE(languages,
             (QStringList{QStringLiteral("Python"), QStringLiteral("Scala"), QStringLiteral("R")}));

    const QModelIndex file = m_model->indexForPath(kHome + QStringLiteral("/config.yaml"));
    QVERIFY(file.isValid());
    QCOMPARE(file.data(WorkspaceTreeModel::TypeRole).toInt(),
             static_cast<int>(WorkspaceObjectType::File));
    QCOMPARE(file.siblingAtColumn(WorkspaceTreeModel::LanguageColumn).data().toString(), QString());
    const std::optional<QByteArray> yaml =
        m_emulator->workspaceObjectContent(kHome + QStringLiteral("/config.yaml"));
    QVERIFY(yaml.has_value());
    if (file.data(WorkspaceTreeModel::SizeRole).toLongLong() >= 0) {
        QCOMPARE(file.data(WorkspaceTreeModel::SizeRole).toLongLong(), qint64(yaml->size()));
        QCOMPARE(file.siblingAtColumn(WorkspaceTreeModel::SizeColumn).data().toString(),
                 QStringLiteral("%1 B").arg(yaml->size()));
    }

    const QModelIndex scratch = m_model->indexForPath(kHome + QStringLiteral("/Scratch"));
    QCOMPARE(scratch.data(WorkspaceTreeModel::IsFolderRole).toBool(), true);
    QCOMPARE(scratch.siblingAtColumn(WorkspaceTreeModel::TypeColumn).data().toString(),
             QStringLiteral("Folder"));
    QCOMPARE(scratch.siblingAtColumn(WorkspaceTreeModel::SizeColumn).data().toString(), QString());

    // A repo is a folder too: it lists when expanded.
    QVERIFY(expand(QStringLiteral("/Repos")).isValid());
    QVERIFY(expand(QStringLiteral("/Repos/demo.user@brickdesk.example")).isValid());
    const QString repoPath = QStringLiteral("/Repos/demo.user@brickdesk.example/etl-pipelines");
    const QModelIndex repo = m_model->indexForPath(repoPath);
    QCOMPARE(repo.data(WorkspaceTreeModel::TypeRole).toInt(),
             static_cast<int>(WorkspaceObjectType::Repo));
    QVERIFY(m_model->canFetchMore(repo));
    QVERIFY(expand(repoPath).isValid());
    QCOMPARE(namesIn(*m_model, m_model->indexForPath(repoPath)),
             (QStringList{QStringLiteral("notebooks"), QStringLiteral("README.md")}));

    // A library is shown with its type.
    QVERIFY(expand(QStringLiteral("/Shared")).isValid());
    QVERIFY(expand(QStringLiteral("/Shared/libs")).isValid());
    const QModelIndex wheel = m_model->indexForPath(
        QStringLiteral("/Shared/libs/brickdesk_utils-0.3.0-py3-none-any.whl"));
    QCOMPARE(wheel.siblingAtColumn(WorkspaceTreeModel::TypeColumn).data().toString(),
             QStringLiteral("Library"));
}

void TestWorkspaceTree::everyLevelUnderTheTester()
{
    // The tester checks every level after every change while the whole tree gets listed.
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    connectModel();
    QVERIFY(expandAll());
    QVERIFY(m_model
                ->indexForPath(QStringLiteral("/Repos/demo.user@brickdesk.example/"
                                              "etl-pipelines/notebooks/bronze_orders"))
                .isValid());
    const WorkspaceTreeModel::KnownContents all = m_model->knownContents({});
    QVERIFY(all.complete);
    QVERIFY(all.objects >= 11);
    QVERIFY(all.folders >= 9);
    QVERIFY(m_model->indexForPath(QStringLiteral("/Shared/Team reports/Weekly KPIs")).isValid());
}

void TestWorkspaceTree::refreshDiffsInsertedRemovedAndChangedRows()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QVERIFY(expand(kHome).isValid());
    QVERIFY(expand(kHome + QStringLiteral("/Scratch")).isValid());
    const QModelIndex home = m_model->indexForPath(kHome);
    const QStringList before = namesIn(*m_model, home);
    const QPersistentModelIndex forecast =
        m_model->indexForPath(kHome + QStringLiteral("/Forecast"));
    const QPersistentModelIndex revenue =
        m_model->indexForPath(kHome + QStringLiteral("/Daily revenue"));
    const QPersistentModelIndex scratch = m_model->indexForPath(kHome + QStringLiteral("/Scratch"));
    QVERIFY(forecast.isValid() && revenue.isValid() && scratch.isValid());
    const qint64 revenueModified = revenue.data(WorkspaceTreeModel::ModifiedRole).toLongLong();

    // Someone else adds one notebook, changes another, and deletes a third.
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Cohorts"), "SELECT 2\n",
                                             QStringLiteral("SQL")));
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Daily revenue"), "SELECT 3\n",
                                             QStringLiteral("SQL")));
    bool removed = false;
    m_client->remove(kHome + QStringLiteral("/Sessionize"), false, this,
                     [&](const CallResult<Done> &result) { removed = result.ok(); });
    QVERIFY(spinUntil([&] { return removed; }));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removedRows(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    const int requests = listRequests();
    m_model->refresh(home);
    QCOMPARE(m_model->listingState(home), ListingState::Listing);
    QCOMPARE(namesIn(*m_model, home), before); // the rows stay while it lists
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(listRequests(), requests + 1);

    QCOMPARE(reset.size(), 0);
    // One row in, one row out, in the right places.
    QStringList expected = before;
    expected.removeOne(QStringLiteral("Sessionize"));
    const QStringList after = namesIn(*m_model, home);
    QVERIFY(after.contains(QStringLiteral("Cohorts")));
    QCOMPARE(after.size(), before.size());
    QVERIFY(!after.contains(QStringLiteral("Sessionize")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).toModelIndex(), QModelIndex(home));
    QCOMPARE(inserted.first().at(1).toInt(), after.indexOf(QStringLiteral("Cohorts")));
    QCOMPARE(inserted.first().at(2).toInt(), after.indexOf(QStringLiteral("Cohorts")));
    QCOMPARE(removedRows.size(), 1);
    QCOMPARE(removedRows.first().at(1).toInt(), before.indexOf(QStringLiteral("Sessionize")));
    // Rows that stayed are the same rows: persistent indexes follow them.
    QVERIFY(forecast.isValid());
    QCOMPARE(forecast.data(WorkspaceTreeModel::PathRole).toString(),
             kHome + QStringLiteral("/Forecast"));
    QVERIFY(scratch.isValid());
    // The changed notebook got dataChanged with its new time.
    QVERIFY(revenue.isValid());
    QVERIFY(revenue.data(WorkspaceTreeModel::ModifiedRole).toLongLong() > revenueModified);
    bool revenueChanged = false;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        if (from.row() == revenue.row() && from.parent() == home)
            revenueChanged = true;
    }
    QVERIFY(revenueChanged);
    // A refresh with nothing new changes nothing.
    inserted.clear();
    removedRows.clear();
    changed.clear();
    finished.clear();
    m_model->refresh(forecast); // a notebook: its folder is listed again
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(finished.first().first().toString(), kHome);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removedRows.size(), 0);
    for (const QList<QVariant> &signal : std::as_const(changed))
        QCOMPARE(signal.at(0).toModelIndex(), QModelIndex(home)); // the folder's own state only
    QCOMPARE(reset.size(), 0);
}

void TestWorkspaceTree::refreshOfTheRootKeepsListedSubfolders()
{
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QVERIFY(expand(kHome).isValid());
    const int homeRows = m_model->rowCount(m_model->indexForPath(kHome));
    QVERIFY(homeRows >= 6);
    QVERIFY(m_emulator->setWorkspaceNotebook(QStringLiteral("/Sandbox/first"), "print(1)\n",
                                             QStringLiteral("PYTHON")));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    QVERIFY(m_model->refreshPath(QStringLiteral("/")));
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(namesIn(*m_model, {}),
             (QStringList{QStringLiteral("Repos"), QStringLiteral("Sandbox"),
                          QStringLiteral("Shared"), QStringLiteral("Users")}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(m_model->indexForPath(kHome)), homeRows);
    QCOMPARE(m_model->listingState(m_model->indexForPath(kHome)), ListingState::Listed);
    // A folder never listed is not listed by a refresh of something else.
    QCOMPARE(m_model->listingState(m_model->indexForPath(QStringLiteral("/Sandbox"))),
             ListingState::NotListed);
    QVERIFY(!m_model->refreshPath(QStringLiteral("/Sandbox")));
    QVERIFY(!m_model->refreshPath(QStringLiteral("/No/such")));
}

void TestWorkspaceTree::failedListingsUnderTheTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester fetches every folder it sees whenever a folder's data changes: list them all
    // first, so that the failure below hits the folder meant.
    connectModel();
    QVERIFY(expandAll());
    QVERIFY(m_emulator->setWorkspaceNotebook(QStringLiteral("/Locked/secret"), "print(1)\n",
                                             QStringLiteral("PYTHON")));
    QSignalSpy rootListed(m_model.get(), &WorkspaceTreeModel::listingFinished);
    m_model->refresh();
    QVERIFY(spinUntil([&] { return !rootListed.isEmpty() && !m_model->isBusy(); }));
    // Never listed: the first listing fails, with an error row in the folder.
    const QModelIndex locked = m_model->indexForPath(QStringLiteral("/Locked"));
    QVERIFY(locked.isValid());
    QSignalSpy failed(m_model.get(), &WorkspaceTreeModel::listingFailed);
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    m_model->fetchMore(locked);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QCOMPARE(m_model->listingState(locked), ListingState::Failed);
    QCOMPARE(m_model->rowCount(locked), 1);
    QCOMPARE(kindOf(m_model->index(0, 0, locked)), RowKind::Error);
    QVERIFY(m_model->hasChildren(locked));
    // Refresh: the error row becomes "Loading…", then the real row.
    failed.clear();
    m_model->refresh(locked);
    QCOMPARE(kindOf(m_model->index(0, 0, locked)), RowKind::Loading);
    QVERIFY(waitListed(QStringLiteral("/Locked")));
    QCOMPARE(namesIn(*m_model, locked), QStringList{QStringLiteral("secret")});
    QCOMPARE(kindOf(m_model->index(0, 0, locked)), RowKind::Object);
    // Listed once; listed again with the workspace refusing.
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    m_model->refresh(locked);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("/Locked"));
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("403 PERMISSION_DENIED")),
             qPrintable(failed.first().at(1).toString()));
    // It had its row already: a failed refresh keeps it and says why on the folder.
    QCOMPARE(m_model->listingState(locked), ListingState::Listed);
    QCOMPARE(namesIn(*m_model, locked), QStringList{QStringLiteral("secret")});
    QVERIFY(m_model->listingError(locked).contains(QStringLiteral("PERMISSION_DENIED")));
    QVERIFY(locked.data(WorkspaceTreeModel::ErrorRole)
                .toString()
                .contains(QStringLiteral("PERMISSION_DENIED")));
    QCOMPARE(locked.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(locked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("PERMISSION_DENIED")));
    // The next good listing clears it.
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    m_model->refresh(locked);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(m_model->listingError(locked), QString());
    QVERIFY(!locked.data(Qt::ForegroundRole).isValid());
}

void TestWorkspaceTree::errorRowsSayTheWorkspacesWords()
{
    // Without a tester, so that a folder can be expanded for the first time while failing.
    connectModel();
    const QModelIndex shared = m_model->indexForPath(QStringLiteral("/Shared"));
    QSignalSpy failed(m_model.get(), &WorkspaceTreeModel::listingFailed);
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    m_model->fetchMore(shared);
    QCOMPARE(m_model->rowCount(shared), 1);
    QCOMPARE(kindOf(m_model->index(0, 0, shared)), RowKind::Loading);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    // Never listed: one error row with the workspace's words, and no second try by itself.
    QCOMPARE(m_model->listingState(shared), ListingState::Failed);
    QCOMPARE(m_model->rowCount(shared), 1);
    const QModelIndex errorRow = m_model->index(0, 0, shared);
    QCOMPARE(kindOf(errorRow), RowKind::Error);
    QVERIFY2(errorRow.data().toString().startsWith(
                 QStringLiteral("Cannot list /Shared: 403 PERMISSION_DENIED")),
             qPrintable(errorRow.data().toString()));
    QCOMPARE(errorRow.data(WorkspaceTreeModel::ErrorRole).toString(), errorRow.data().toString());
    QVERIFY(!(m_model->flags(errorRow) & Qt::ItemIsSelectable));
    QVERIFY(!m_model->canFetchMore(shared));
    QCOMPARE(m_model->objectAt(errorRow).path, QString());

    // Refresh tries again: the error row goes, the real rows come.
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    m_model->refresh(shared);
    QCOMPARE(kindOf(m_model->index(0, 0, shared)), RowKind::Loading);
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    const QStringList names = namesIn(*m_model, shared);
    QVERIFY2(names.size() >= 2 && names.indexOf(QStringLiteral("libs")) >= 0 &&
                 names.indexOf(QStringLiteral("libs")) <
                     names.indexOf(QStringLiteral("Team reports")),
             qPrintable(names.join(QLatin1Char('|'))));
    QCOMPARE(kindOf(m_model->index(0, 0, shared)), RowKind::Object);
    QCOMPARE(m_model->listingError(shared), QString());

    // A folder that went away: its listing says so.
    failed.clear();
    const QModelIndex libs = m_model->indexForPath(QStringLiteral("/Shared/libs"));
    bool gone = false;
    m_client->remove(QStringLiteral("/Shared/libs"), true, this,
                     [&](const CallResult<Done> &result) { gone = result.ok(); });
    QVERIFY(spinUntil([&] { return gone; }));
    m_model->fetchMore(libs);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QVERIFY2(failed.first().at(1).toString().startsWith(
                 QStringLiteral("No such folder: /Shared/libs (404 RESOURCE_DOES_NOT_EXIST")),
             qPrintable(failed.first().at(1).toString()));
}

void TestWorkspaceTree::serverErrorIsAnErrorRowNotHalfAFolder()
{
    connectModel();
    const QModelIndex users = m_model->indexForPath(QStringLiteral("/Users"));
    QVERIFY(users.isValid());
    // A listing the workspace fails is one error row naming the status, never part of a folder.
    QSignalSpy failed(m_model.get(), &WorkspaceTreeModel::listingFailed);
    m_emulator->failNextRequests(1, 500, "INTERNAL_ERROR");
    m_model->fetchMore(users);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QCOMPARE(m_model->rowCount(users), 1);
    QCOMPARE(kindOf(m_model->index(0, 0, users)), RowKind::Error);
    QVERIFY(m_model->index(0, 0, users).data().toString().contains(QStringLiteral("500")));
}

void TestWorkspaceTree::cancelAllStopsListingsAndTheirHandlers()
{
    connectModel();
    m_emulator->setLatencyMs(150);
    const QModelIndex users = m_model->indexForPath(QStringLiteral("/Users"));
    const QModelIndex shared = m_model->indexForPath(QStringLiteral("/Shared"));
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    QSignalSpy failed(m_model.get(), &WorkspaceTreeModel::listingFailed);
    QSignalSpy busy(m_model.get(), &WorkspaceTreeModel::busyChanged);
    m_model->fetchMore(users);
    m_model->fetchMore(shared);
    bool created = false;
    m_model->createFolder(QStringLiteral("/"), QStringLiteral("Never"));
    connect(m_model.get(), &WorkspaceTreeModel::actionSucceeded, this, [&] { created = true; });
    connect(m_model.get(), &WorkspaceTreeModel::actionFailed, this, [&] { created = true; });
    QVERIFY(m_model->isBusy());
    QCOMPARE(m_model->listingState(users), ListingState::Listing);
    m_model->cancelAll();
    QVERIFY(!m_model->isBusy());
    QCOMPARE(busy.last().first().toBool(), false);
    // Back to "not listed", without their "Loading…" rows; nothing arrives later.
    QCOMPARE(m_model->listingState(users), ListingState::NotListed);
    QCOMPARE(m_model->rowCount(users), 0);
    QCOMPARE(m_model->rowCount(shared), 0);
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!created);
    QCOMPARE(m_model->rowCount(users), 0);
    // They list again when asked.
    QVERIFY(m_model->canFetchMore(users));
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QCOMPARE(namesIn(*m_model, m_model->indexForPath(QStringLiteral("/Users"))),
             QStringList{QStringLiteral("demo.user@brickdesk.example")});
}

void TestWorkspaceTree::settingNoClientStopsEverything()
{
    connectModel();
    m_emulator->setLatencyMs(150);
    m_model->fetchMore(m_model->indexForPath(QStringLiteral("/Users")));
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setClient(nullptr);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->isBusy());
    QTest::qWait(400);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    // Deleting the client the model was given leaves a model that asks nothing.
    m_model->setClient(m_client.get());
    m_client.reset();
    QTest::qWait(400);
}

void TestWorkspaceTree::createFolderRemoveAndMoveChangeOnlyTheirRows()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QVERIFY(expand(kHome).isValid());
    QSignalSpy succeeded(m_model.get(), &WorkspaceTreeModel::actionSucceeded);
    QSignalSpy failed(m_model.get(), &WorkspaceTreeModel::actionFailed);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // A folder: it appears in its listed parent, in order.
    m_model->createFolder(kHome, QStringLiteral("Archive"));
    QVERIFY(spinUntil([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(succeeded.first().at(0).value<WorkspaceTreeModel::Action>(),
             WorkspaceTreeModel::Action::CreateFolder);
    QCOMPARE(succeeded.first().at(1).toString(), kHome + QStringLiteral("/Archive"));
    QVERIFY(spinUntil(
        [&] { return m_model->indexForPath(kHome + QStringLiteral("/Archive")).isValid(); }));
    const QModelIndex home = m_model->indexForPath(kHome);
    QCOMPARE(m_model->index(0, 0, home).data().toString(), QStringLiteral("Archive"));

    // A move: the content is at the new path, the old row and object are gone.
    const QString from = kHome + QStringLiteral("/Forecast");
    const QString to = kHome + QStringLiteral("/Archive/Forecast 2024");
    const std::optional<QByteArray> source = m_emulator->workspaceObjectContent(from);
    QVERIFY(source.has_value());
    QVERIFY(spinUntil([&] { return !m_model->isBusy(); }));
    succeeded.clear();
    m_model->move(from, to);
    QVERIFY(spinUntil([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(succeeded.first().at(1).toString(), to);
    QCOMPARE(succeeded.first().at(2).toString(), QStringLiteral("Moved %1 to %2.").arg(from, to));
    QVERIFY(!m_model->indexForPath(from).isValid());
    QVERIFY(!m_emulator->workspaceObjectContent(from).has_value());
    const std::optional<QByteArray> moved = m_emulator->workspaceObjectContent(to);
    QVERIFY(moved.has_value());
    QCOMPARE(*moved, *source);
    QVERIFY(spinUntil([&] { return m_model->indexForPath(to).isValid(); }));
    QCOMPARE(m_model->indexForPath(to).data(WorkspaceTreeModel::LanguageRole).toInt(),
             static_cast<int>(CodeLanguage::R));

    // A rename in place.
    succeeded.clear();
    m_model->move(kHome + QStringLiteral("/Ingest trips"), kHome + QStringLiteral("/Ingest rides"));
    QVERIFY(spinUntil([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }));
    QCOMPARE(succeeded.first().at(2).toString(),
             QStringLiteral("Renamed Ingest trips to Ingest rides."));
    QVERIFY(spinUntil(
        [&] { return m_model->indexForPath(kHome + QStringLiteral("/Ingest rides")).isValid(); }));

    // A delete removes exactly its row.
    succeeded.clear();
    QSignalSpy removedRows(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const int row = m_model->indexForPath(kHome + QStringLiteral("/Sessionize")).row();
    m_model->remove(kHome + QStringLiteral("/Sessionize"), false);
    QVERIFY(spinUntil([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }));
    QCOMPARE(succeeded.first().at(2).toString(),
             QStringLiteral("Deleted %1.").arg(kHome + QStringLiteral("/Sessionize")));
    QCOMPARE(removedRows.size(), 1);
    QCOMPARE(removedRows.first().at(1).toInt(), row);
    QVERIFY(!m_emulator->workspaceObjectContent(kHome + QStringLiteral("/Sessionize")).has_value());
    QCOMPARE(reset.size(), 0);
}

void TestWorkspaceTree::actionsReportTheWorkspacesErrors()
{
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QVERIFY(expand(kHome).isValid());
    QSignalSpy failed(m_model.get(), &WorkspaceTreeModel::actionFailed);
    QSignalSpy succeeded(m_model.get(), &WorkspaceTreeModel::actionSucceeded);

    // A folder with something in it is not deleted without "recursive".
    QVERIFY(expand(QStringLiteral("/Shared")).isValid());
    const QString reports = QStringLiteral("/Shared/Team reports");
    m_model->remove(reports, false);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    auto error = failed.first().at(2).value<ApiError>();
    QCOMPARE(error.errorCode, QStringLiteral("DIRECTORY_NOT_EMPTY"));
    QVERIFY2(failed.first().at(3).toString().startsWith(
                 QStringLiteral("Could not delete /Shared/Team reports: 400 DIRECTORY_NOT_EMPTY")),
             qPrintable(failed.first().at(3).toString()));
    QVERIFY(m_model->indexForPath(reports).isValid());
    QVERIFY(
        m_emulator->workspaceObjectContent(reports + QStringLiteral("/Weekly KPIs")).has_value());
    // A system folder: the workspace's own refusal, word for word.
    failed.clear();
    m_model->remove(QStringLiteral("/Shared"), true);
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QVERIFY2(failed.first().at(3).toString().contains(QStringLiteral("system folder")),
             qPrintable(failed.first().at(3).toString()));

    // A move onto an existing name.
    failed.clear();
    m_model->move(kHome + QStringLiteral("/Forecast"), kHome + QStringLiteral("/Sessionize"));
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    error = failed.first().at(2).value<ApiError>();
    QCOMPARE(error.errorCode, QStringLiteral("RESOURCE_ALREADY_EXISTS"));
    QVERIFY(m_emulator->workspaceObjectContent(kHome + QStringLiteral("/Forecast")).has_value());
    QVERIFY(m_model->indexForPath(kHome + QStringLiteral("/Forecast")).isValid());

    // A name that cannot be, refused before any request.
    failed.clear();
    m_model->createFolder(kHome, QStringLiteral("a/b"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(3).toString(),
             QStringLiteral("Cannot create folder %1/a/b: A name cannot contain '/'.").arg(kHome));
    // A move of something not shown.
    failed.clear();
    m_model->move(QStringLiteral("/Nope"), QStringLiteral("/Nope2"));
    QCOMPARE(failed.size(), 1);
    // A folder: refused before anything is sent (a DBC archive would leave files, libraries and
    // late arrivals behind, and the original would be deleted with them).
    failed.clear();
    QStringList sent;
    const QMetaObject::Connection watch =
        connect(m_emulator.get(), &emulator::WorkspaceEmulator::requestReceived, this,
                [&](const QByteArray &, const QString &path) { sent.append(path); });
    m_model->move(kHome + QStringLiteral("/Scratch"), kHome + QStringLiteral("/Scratch 2"));
    QVERIFY(spinUntil([&] { return !failed.isEmpty(); }));
    QVERIFY(spinUntil([&] { return !m_model->isBusy(); }));
    disconnect(watch);
    QVERIFY2(failed.first().at(3).toString().contains(QStringLiteral("Folders cannot be moved")),
             qPrintable(failed.first().at(3).toString()));
    // At most the folder listed again; nothing exported, imported or deleted.
    for (const QString &path : std::as_const(sent))
        QVERIFY2(path.endsWith(QStringLiteral("/list")), qPrintable(path));
    QVERIFY(m_model->indexForPath(kHome + QStringLiteral("/Scratch")).isValid());
    QCOMPARE(succeeded.size(), 0);
}

void TestWorkspaceTree::knownContentsAndTheCounter()
{
    connectModel();
    const WorkspaceTreeModel::KnownContents top = m_model->knownContents({});
    QCOMPARE(top.folders, 3);
    QCOMPARE(top.objects, 0);
    QVERIFY(!top.complete); // the three folders are not listed
    const QString repo = QStringLiteral("/Repos/demo.user@brickdesk.example/etl-pipelines");
    QVERIFY(expand(QStringLiteral("/Repos")).isValid());
    QVERIFY(expand(QStringLiteral("/Repos/demo.user@brickdesk.example")).isValid());
    QVERIFY(expand(repo).isValid());
    WorkspaceTreeModel::KnownContents repos =
        m_model->knownContents(m_model->indexForPath(QStringLiteral("/Repos")));
    QCOMPARE(repos.folders, 3);
    QCOMPARE(repos.objects, 1);
    QVERIFY(!repos.complete); // notebooks/ is not listed yet
    QVERIFY(expand(repo + QStringLiteral("/notebooks")).isValid());
    repos = m_model->knownContents(m_model->indexForPath(QStringLiteral("/Repos")));
    QCOMPARE(repos.folders, 3);
    QCOMPARE(repos.objects, 2);
    QVERIFY(repos.complete);
    QVERIFY(expand(QStringLiteral("/Shared")).isValid());
    QVERIFY(expand(QStringLiteral("/Shared/Team reports")).isValid());
    // Not a folder: nothing.
    const WorkspaceTreeModel::KnownContents none = m_model->knownContents(
        m_model->indexForPath(QStringLiteral("/Shared/Team reports/Weekly KPIs")));
    QCOMPARE(none.objects + none.folders, 0);
    QVERIFY(!none.complete);

    // The counter lists what the model has not.
    WorkspaceContentsCounter counter(m_client.get());
    QSignalSpy done(&counter, &WorkspaceContentsCounter::finished);
    QSignalSpy progressed(&counter, &WorkspaceContentsCounter::progressed);
    counter.start(QStringLiteral("/Shared/ml"));
    QVERIFY(counter.isRunning());
    QVERIFY(spinUntil([&] { return !done.isEmpty(); }));
    QVERIFY(!done.first().first().value<ApiError>().isError());
    QVERIFY(counter.isComplete());
    // churn_training, fraud_features, reco_embeddings, shipping_eta and the 8 notebooks in them.
    QCOMPARE(counter.folderCount(), 4);
    QCOMPARE(counter.objectCount(), 8);
    QCOMPARE(progressed.size(), 5);
    // A failing listing ends the count with the workspace's error.
    done.clear();
    m_emulator->failNextRequests(1, 403, "PERMISSION_DENIED");
    counter.start(QStringLiteral("/Shared"));
    QVERIFY(spinUntil([&] { return !done.isEmpty(); }));
    QCOMPARE(done.first().first().value<ApiError>().errorCode, QStringLiteral("PERMISSION_DENIED"));
    QVERIFY(!counter.isComplete());
    // Cancelled: it never finishes.
    done.clear();
    m_emulator->setLatencyMs(100);
    counter.start(QStringLiteral("/Shared"));
    counter.cancel();
    QTest::qWait(300);
    QCOMPARE(done.size(), 0);
    QVERIFY(!counter.isRunning());
}

void TestWorkspaceTree::filterSearchesLoadedNamesOnly()
{
    WorkspaceFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    connectModel();
    QVERIFY(expand(QStringLiteral("/Users")).isValid());
    QVERIFY(expand(kHome).isValid());
    const int requests = listRequests();
    // /Shared/data-eng/revenue_gold is not loaded: only the two in the home folder match, with
    // the folders above them.
    proxy.setNameFilter(QStringLiteral("REVENUE"));
    QCOMPARE(namesIn(proxy, {}), QStringList{QStringLiteral("Users")});
    const QModelIndex users = proxy.index(0, 0);
    QCOMPARE(namesIn(proxy, users), QStringList{QStringLiteral("demo.user@brickdesk.example")});
    QCOMPARE(namesIn(proxy, proxy.index(0, 0, users)),
             (QStringList{QStringLiteral("Daily revenue"),
                          QStringLiteral("Revenue overview.lvdash.json")}));
    QCOMPARE(listRequests(), requests); // filtering lists nothing
    // A folder not listed keeps its expander in the proxy, also while the model is in the
    // middle of changing rows (views ask then, and cache the answer).
    const QModelIndex shared = m_model->indexForPath(QStringLiteral("/Shared"));
    proxy.setNameFilter(QString());
    QVERIFY(proxy.mapFromSource(shared).isValid());
    int askedDuringChange = 0;
    bool keptDuringChange = true;
    const QMetaObject::Connection during =
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] {
            ++askedDuringChange;
            keptDuringChange = keptDuringChange && proxy.hasChildren(proxy.mapFromSource(shared));
        });
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Inserted"), "print(1)\n",
                                             QStringLiteral("PYTHON")));
    QSignalSpy homeListed(m_model.get(), &WorkspaceTreeModel::listingFinished);
    QVERIFY(m_model->refreshPath(kHome));
    QVERIFY(spinUntil([&] { return !homeListed.isEmpty(); }));
    disconnect(during);
    QCOMPARE(askedDuringChange, 1);
    QVERIFY(keptDuringChange);
    QVERIFY(proxy.hasChildren(proxy.mapFromSource(shared)));
    // A folder being listed shows "Loading…" without a filter, nothing with one.
    proxy.setNameFilter(QStringLiteral("REVENUE"));
    m_emulator->setLatencyMs(200);
    m_model->fetchMore(shared);
    QCOMPARE(kindOf(m_model->index(0, 0, shared)), RowKind::Loading);
    QVERIFY(!proxy.mapFromSource(m_model->index(0, 0, shared)).isValid());
    proxy.setNameFilter(QString());
    QVERIFY(proxy.mapFromSource(m_model->index(0, 0, shared)).isValid());
    QVERIFY(waitListed(QStringLiteral("/Shared")));
    m_emulator->setLatencyMs(0);

    // Under the tester, with everything loaded: the Shared folder's match is found too.
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(expandAll());
    proxy.setNameFilter(QStringLiteral("revenue"));
    QCOMPARE(namesIn(proxy, {}), (QStringList{QStringLiteral("Shared"), QStringLiteral("Users")}));
    const QModelIndex sharedMatch = proxy.index(0, 0);
    QCOMPARE(namesIn(proxy, sharedMatch), QStringList{QStringLiteral("data-eng")});
    QCOMPARE(namesIn(proxy, proxy.index(0, 0, sharedMatch)),
             QStringList{QStringLiteral("revenue_gold")});
    proxy.setNameFilter(QStringLiteral("no such name"));
    QCOMPARE(proxy.rowCount(), 0);
    // A new match arriving in a refresh shows up while the filter is set.
    proxy.setNameFilter(QStringLiteral("cohort"));
    QVERIFY(m_emulator->setWorkspaceNotebook(kHome + QStringLiteral("/Cohort revenue"),
                                             "SELECT 1\n", QStringLiteral("SQL")));
    QSignalSpy finished(m_model.get(), &WorkspaceTreeModel::listingFinished);
    QVERIFY(m_model->refreshPath(kHome));
    QVERIFY(spinUntil([&] { return !finished.isEmpty(); }));
    QCOMPARE(namesIn(proxy, {}), QStringList{QStringLiteral("Users")});
    QCOMPARE(namesIn(proxy, proxy.index(0, 0, proxy.index(0, 0))),
             QStringList{QStringLiteral("Cohort revenue")});
    proxy.setNameFilter(QString());
    QCOMPARE(namesIn(proxy, {}), namesIn(*m_model, {}));
}

QTEST_MAIN(TestWorkspaceTree)
#include "tst_workspacetree.moc"
