#include "HttpServerLogGuard.h"

#include <QLoggingCategory>
#include <cstring>

namespace brickdesk::emulator {

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void filterCategory(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void keepHttpServerDebugOutputOff()
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(filterCategory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace brickdesk::emulator
