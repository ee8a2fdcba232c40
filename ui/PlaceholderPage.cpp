#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace brickdesk {

PlaceholderPage::PlaceholderPage(const QString &section, QWidget *parent)
    : QWidget(parent)
{
    auto *label = new QLabel(tr("<h3>%1</h3><p>The %1 view is not part of this version of Brickdesk yet.</p>")
                                 .arg(section.toHtmlEscaped()),
                             this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

} // namespace brickdesk
