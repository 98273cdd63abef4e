#include "WelcomeDialog.h"
#include "ui_WelcomeDialog.h"

#include "StatusIcon.h"

#include <QDir>
#include <QPushButton>

namespace vigil {

WelcomeDialog::WelcomeDialog(const WelcomeInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(48, 48));
    m_ui->iconLabel->setAccessibleName(tr("Vigil icon"));
    setTrayAvailable(info.trayAvailable);
    QStringList names;
    for (const QString &rule : info.rules)
        names.append(QStringLiteral("<tt>") + rule.toHtmlEscaped() + QStringLiteral("</tt>"));
    m_ui->rulesLabel->setText(
        tr("<b>The rules.</b> Alert rules on: %1. They warn, or go critical, when a value "
           "stays past its threshold for a while, and a desktop notification tells you. Change "
           "thresholds and rules in File → Settings (Ctrl+,).")
            .arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    const QString config = QDir::toNativeSeparators(info.configPath).toHtmlEscaped();
    const QString data = QDir::toNativeSeparators(info.dataDir).toHtmlEscaped();
    m_ui->configLabel->setText(
        (info.configCreated
             ? tr("<b>Your files.</b> The configuration was created with the defaults in "
                  "<tt>%1</tt>; the settings dialog edits the same file. The alert history "
                  "is kept in <tt>%2</tt>. Help → About Vigil lists these paths again.")
             : tr("<b>Your files.</b> The configuration is <tt>%1</tt>; the settings dialog "
                  "edits the same file. The alert history is kept in <tt>%2</tt>. Help → About "
                  "Vigil lists these paths again."))
            .arg(config, data));
    m_ui->configLabel->setAccessibleName(tr("Where Vigil keeps its files"));
    m_ui->dontShowAgainCheckBox->setAccessibleName(tr("Don't show the welcome again"));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // As tall as the wrapped text needs at the form's width, no taller.
    resize(width(),
           layout()->hasHeightForWidth() ? layout()->heightForWidth(width()) : sizeHint().height());
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::setTrayAvailable(bool available)
{
    m_ui->trayLabel->setText(
        available
            ? tr("<b>The tray.</b> Vigil keeps running in the system tray when you close this "
                 "window; the icon's colour is the overall status (green healthy, orange "
                 "warning, red critical). Click it to bring the window back; quit from its menu "
                 "or with Ctrl+Q.")
            : tr("<b>The tray.</b> This desktop has no system tray right now, so closing the "
                 "window quits Vigil. Where a tray exists, Vigil keeps running there and its "
                 "icon's colour is the overall status."));
}

bool WelcomeDialog::dontShowAgain() const
{
    return m_ui->dontShowAgainCheckBox->isChecked();
}

QString WelcomeDialog::text() const
{
    return QStringList{m_ui->headingLabel->text(), m_ui->trayLabel->text(),
                       m_ui->rulesLabel->text(), m_ui->configLabel->text()}
        .join(u'\n');
}

} // namespace vigil
