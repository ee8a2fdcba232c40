#include "TokenMigration.h"

#include "ConfigFileWriter.h"
#include "ProfileSettings.h"
#include "TokenStore.h"

#include <QFile>

namespace brickdesk {

namespace {

std::optional<QString> readFileToken(const QString &configPath, const QString &profile)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const ConfigDocument document = ConfigDocument::parse(file.readAll(), configPath);
    const ConfigDocument::Section *section = document.section(profile);
    if (!section)
        return std::nullopt;
    return section->value(u"token");
}

} // namespace

void moveTokenToKeychain(const QString &configPath, const QString &profile, TokenStore &tokens,
                         ProfileSettings &settings, QObject *context,
                         std::function<void(const QString &error)> done)
{
    const std::optional<QString> token = readFileToken(configPath, profile);
    if (!token || token->isEmpty()) {
        done(QStringLiteral("%1 has no token for profile '%2'").arg(configPath, profile));
        return;
    }
    tokens.writeToken(profile, *token, context,
                      [configPath, profile, written = *token, &settings, done](const TokenStoreResult &result) {
                          if (!result.ok()) {
                              done(QStringLiteral("the token stays in %1: %2").arg(configPath, result.error));
                              return;
                          }
                          settings.setTokenInKeychain(profile, true);
                          const ConfigWriteResult write = ConfigFileWriter::edit(
                              configPath, [&](ConfigDocument &document, QString &error) {
                                  const ConfigDocument::Section *section = document.section(profile);
                                  if (!section || section->value(u"token") != written) {
                                      error = QStringLiteral("the token for '%1' changed while it was being "
                                                             "moved; the file was left as it is")
                                                  .arg(profile);
                                      return false;
                                  }
                                  return document.removeKey(profile, QStringLiteral("token"));
                              });
                          done(write.ok() ? QString() : write.error);
                      });
}

} // namespace brickdesk
