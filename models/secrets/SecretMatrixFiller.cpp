#include "SecretMatrixFiller.h"

#include "AzureSignIn.h"
#include "KeyVaultSecret.h"
#include "SecretMatrixLoader.h"
#include "SecretMatrixModel.h"
#include "SecretRules.h"
#include "SecretsClient.h"
#include "WorkspaceSessionPool.h"

#include <QSet>

namespace brickdesk {

SecretMatrixFiller::SecretMatrixFiller(SecretMatrixLoader *loader, SecretMatrixModel *model,
                                       QNetworkAccessManager *network, ActivityLog *activity,
                                       AzureSignIn *azure, QProcessEnvironment environment,
                                       QObject *parent)
    : QObject(parent)
    , m_loader(loader)
    , m_model(model)
    , m_network(network)
    , m_activity(activity)
    , m_azure(azure)
    , m_environment(std::move(environment))
{}

SecretMatrixFiller::~SecretMatrixFiller()
{
    cancel();
}

QList<SecretFillStep> SecretMatrixFiller::plan(const QList<SecretFillTarget> &targets) const
{
    QList<SecretFillStep> steps;
    for (const SecretFillTarget &target : targets) {
        SecretFillStep step;
        step.target = target;
        const Profile *profile =
            m_loader && m_loader->pool() ? m_loader->pool()->profile(target.profile) : nullptr;
        step.isProd = profile && profile->isProd();
        const int row = m_model ? m_model->rowOf(target.scope, target.key) : -1;
        const SecretMatrixModel::Cell cell =
            row >= 0 ? m_model->cell(row, target.profile) : SecretMatrixModel::Cell{};
        if (target.key.isEmpty()) {
            step.problem = tr("a scope without a key: choose a secret's row");
        } else if (!m_loader || !m_loader->client(target.profile)) {
            step.problem = tr("not connected to %1").arg(target.profile);
        } else if (cell.state == SecretCellState::Present) {
            step.problem = tr("already present");
        } else if (cell.state == SecretCellState::Loading) {
            step.problem = tr("still loading");
        } else if (cell.state == SecretCellState::Error) {
            step.problem = cell.error;
        } else if (cell.state == SecretCellState::ScopeMissing) {
            step.createsScope = true;
            step.problem = secretRules::checkScopeName(target.scope);
        } else if (cell.scope && cell.scope->isKeyVaultBacked()) {
            step.toKeyVault = true;
            step.keyVaultName = secretRules::keyVaultNameForKey(target.key);
            QString urlError;
            step.vaultUrl = normaliseVaultUrl(cell.scope->keyVaultDnsName, &urlError).toString();
            step.problem = secretRules::checkKeyVaultName(step.keyVaultName);
            if (step.problem.isEmpty() && step.vaultUrl.isEmpty())
                step.problem = tr("the scope's vault address cannot be used: %1").arg(urlError);
            if (step.problem.isEmpty() && !m_azure)
                step.problem = tr("Azure sign-in is not available");
        }
        if (step.problem.isEmpty())
            step.problem = secretRules::checkKey(target.key);
        steps.append(step);
    }
    // Two keys of one Key Vault-backed scope may map to one vault name: the second would
    // silently replace the first.
    QSet<QString> vaultNames;
    for (SecretFillStep &step : steps) {
        if (!step.toKeyVault || !step.problem.isEmpty())
            continue;
        const QString id = step.vaultUrl + QLatin1Char('/') + step.keyVaultName.toLower();
        if (vaultNames.contains(id))
            step.problem = tr("another selected key maps to the same vault secret '%1'")
                               .arg(step.keyVaultName);
        vaultNames.insert(id);
    }
    return steps;
}

void SecretMatrixFiller::fill(const QList<SecretFillStep> &steps, const QByteArray &value)
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_value = value;
    m_results.clear();
    m_steps.clear();
    for (const SecretFillStep &step : steps) {
        if (step.problem.isEmpty())
            m_steps.append(step);
        else
            m_results.append({step, step.problem});
    }
    next();
}

void SecretMatrixFiller::cancel()
{
    ++m_generation;
    if (m_writer) {
        m_writer->cancelAll();
        m_writer->deleteLater();
    }
    m_steps.clear();
    m_value.fill('\0');
    m_value.clear();
    m_running = false;
}

void SecretMatrixFiller::next()
{
    if (m_steps.isEmpty()) {
        m_value.fill('\0');
        m_value.clear();
        m_running = false;
        QSet<QString> written;
        for (const SecretFillResult &result : std::as_const(m_results)) {
            if (result.error.isEmpty())
                written.insert(result.step.target.profile);
        }
        for (const QString &profile : std::as_const(written)) {
            if (m_loader)
                m_loader->reload(profile);
        }
        Q_EMIT finished(m_results);
        return;
    }
    const SecretFillStep step = m_steps.first();
    SecretsClient *client = m_loader ? m_loader->client(step.target.profile) : nullptr;
    if (!client) {
        finishStep(tr("not connected to %1").arg(step.target.profile));
        return;
    }
    const quint64 generation = m_generation;
    if (step.createsScope) {
        SecretScopeSpec spec;
        spec.name = step.target.scope;
        client->createScope(spec, this, [this, generation, step](const CallResult<Done> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok() &&
                result.error.errorCode != QLatin1String("RESOURCE_ALREADY_EXISTS")) {
                finishStep(tr("the scope could not be created: %1").arg(result.error.summary()));
                return;
            }
            SecretScope scope;
            scope.name = step.target.scope;
            write(step, scope);
        });
        return;
    }
    const int row = m_model ? m_model->rowOf(step.target.scope, step.target.key) : -1;
    const SecretMatrixModel::Cell cell =
        row >= 0 ? m_model->cell(row, step.target.profile) : SecretMatrixModel::Cell{};
    if (!cell.scope) {
        finishStep(tr("the scope is no longer listed"));
        return;
    }
    // Planned as missing before the questions; a reload since may have found it present.
    if (cell.state == SecretCellState::Present) {
        finishStep(tr("now present; left as it is"));
        return;
    }
    write(step, *cell.scope);
}

void SecretMatrixFiller::write(const SecretFillStep &step, const SecretScope &scope)
{
    SecretsClient *client = m_loader ? m_loader->client(step.target.profile) : nullptr;
    if (!client) {
        finishStep(tr("not connected to %1").arg(step.target.profile));
        return;
    }
    if (m_writer)
        m_writer->deleteLater();
    m_writer = new SecretWriter(client, m_network, m_activity, this);
    const quint64 generation = m_generation;
    auto handler = [this, generation](const CallResult<SecretWriteOutcome> &result) {
        if (generation == m_generation)
            finishStep(result.ok() ? QString() : result.error.summary());
    };
    if (!scope.isKeyVaultBacked()) {
        m_writer->write(scope, step.target.key, m_value, this, handler);
        return;
    }
    const Profile *profile =
        m_loader->pool() ? m_loader->pool()->profile(step.target.profile) : nullptr;
    if (!profile || !m_azure) {
        finishStep(tr("no Azure sign-in for %1").arg(step.target.profile));
        return;
    }
    m_azure->credential(
        azureSignInFor(*profile, m_environment), this,
        [this, generation, scope, step, handler](AzureCredential *credential,
                                                 const QString &error) {
            if (generation != m_generation)
                return;
            if (!credential) {
                finishStep(tr("Azure sign-in failed: %1").arg(error));
                return;
            }
            m_writer->setVaultCredential(credential);
            m_writer->write(scope, step.target.key, m_value, this, handler);
        },
        profile->inlineClientSecret);
}

void SecretMatrixFiller::finishStep(const QString &error)
{
    if (m_steps.isEmpty())
        return;
    const SecretFillResult result{m_steps.takeFirst(), error};
    m_results.append(result);
    Q_EMIT stepFinished(result);
    next();
}

} // namespace brickdesk
