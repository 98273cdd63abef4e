#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "StatusIcon.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>

namespace vigil {

namespace {

void showValue(QLabel *label, const QString &text, const QString &accessibleName)
{
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
}

QString environmentOr(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

} // namespace

AboutDialog::AboutDialog(const AboutInfo &info, const BuildInfo &build, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_info(info)
    , m_build(build)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(48, 48));
    m_ui->iconLabel->setAccessibleName(tr("Vigil icon"));
    m_ui->headingLabel->setText(
        tr("<h3>Vigil %1</h3><p>A native system monitor for Linux: live charts, alert rules, "
           "service checks and notifications, with a Prometheus endpoint.</p>")
            .arg(build.version.toHtmlEscaped()));
    showValue(m_ui->versionLabel,
              tr("%1 (git %2, %3 build)").arg(build.version, build.gitRevision, build.buildType),
              tr("Version"));
    showValue(m_ui->qtLabel, tr("%1 (built with %2)").arg(build.qtRunVersion, build.qtBuildVersion),
              tr("Qt version"));
    showValue(m_ui->compilerLabel, build.compiler, tr("Compiler"));
    showValue(m_ui->configPathLabel, QDir::toNativeSeparators(info.configPath),
              tr("Configuration file"));
    showValue(m_ui->dataPathLabel, QDir::toNativeSeparators(info.dataDir), tr("Data folder"));
    // The JSON log (docs/logging.md); the same lines also go to standard error.
    showValue(m_ui->logLabel,
              tr("%1 (and standard error)")
                  .arg(QDir::toNativeSeparators(
                      QDir(info.dataDir).filePath(QStringLiteral("logs/vigil.log")))),
              tr("Log"));
    showValue(m_ui->autostartPathLabel, QDir::toNativeSeparators(info.autostartPath),
              tr("Start at login entry"));
    m_ui->copiedLabel->setAccessibleName(tr("Copy status"));

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyDiagnosticsPushButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(diagnostics());
        m_ui->copiedLabel->setText(tr("Copied to the clipboard."));
    });
    setTabOrder(m_ui->copyDiagnosticsPushButton, close);
    // As tall as the wrapped text needs at the form's width, no taller.
    resize(width(),
           layout()->hasHeightForWidth() ? layout()->heightForWidth(width()) : sizeHint().height());
}

AboutDialog::~AboutDialog() = default;

// Plain, untranslated text: it goes into bug reports that maintainers read.
QString AboutDialog::diagnostics() const
{
    QStringList lines;
    lines << QStringLiteral("Vigil %1 (git %2, %3 build)")
                 .arg(m_build.version, m_build.gitRevision, m_build.buildType)
          << QStringLiteral("Qt %1 (built with %2), %3")
                 .arg(m_build.qtRunVersion, m_build.qtBuildVersion, m_build.compiler)
          << QStringLiteral("System: %1, kernel %2, %3")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture())
          << QStringLiteral("Desktop: %1 (%2), Qt platform %3, tray %4")
                 .arg(environmentOr("XDG_CURRENT_DESKTOP", QStringLiteral("unknown")),
                      environmentOr("XDG_SESSION_TYPE", QStringLiteral("unknown session")),
                      QGuiApplication::platformName(),
                      m_info.trayAvailable ? QStringLiteral("available")
                                           : QStringLiteral("not available"))
          << QStringLiteral("Locale: %1").arg(QLocale().name())
          << QStringLiteral("Configuration: %1").arg(m_info.configPath)
          << QStringLiteral("Data: %1").arg(m_info.dataDir)
          << QStringLiteral("Log: %1/logs/vigil.log").arg(m_info.dataDir)
          << QStringLiteral("Autostart entry: %1").arg(m_info.autostartPath)
          << QStringLiteral("Instance socket: %1")
                 .arg(m_info.instanceSocket.isEmpty() ? QStringLiteral("none")
                                                      : m_info.instanceSocket);
    return lines.join(u'\n') + u'\n';
}

} // namespace vigil
