#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "ChecksSettingsPage.h"
#include "GeneralSettingsPage.h"
#include "NotificationsSettingsPage.h"
#include "RuleTableModel.h"
#include "RulesSettingsPage.h"
#include "appearance/Appearance.h"
#include "config/ConfigFile.h"

#include <QPushButton>

namespace vigil {

namespace {
constexpr int kMaxProblemsShown = 6;
}

SettingsDialog::SettingsDialog(const Config &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_saved(current)
{
    m_ui->setupUi(this);
    m_rules = new RuleTableModel(this);
    m_general = new GeneralSettingsPage(m_rules);
    m_rulesPage = new RulesSettingsPage(m_rules);
    addPage(m_general);
    addPage(m_rulesPage);
    m_checksPage = new ChecksSettingsPage; // Config::checks
    addPage(m_checksPage);
    m_notificationsPage = new NotificationsSettingsPage; // Config::channels
    addPage(m_notificationsPage);
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(current);

    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this,
            [this] { submit(Pending::Ok); });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { submit(Pending::Apply); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the settings and close"));
    m_ui->buttonBox->button(QDialogButtonBox::Apply)
        ->setToolTip(tr("Save the settings and keep this window open"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close without saving what was changed since the last Apply"));
    revalidate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.append(page);
    m_ui->pagesTabWidget->addTab(page, page->title());
    connect(page, &SettingsPage::changed, this, &SettingsDialog::revalidate);
}

// Brings a page forward (Settings → Checks from the Checks tab).
void SettingsDialog::showPage(SettingsPage *page)
{
    m_ui->pagesTabWidget->setCurrentWidget(page);
}

void SettingsDialog::setKnownSeries(const QList<SeriesId> &series)
{
    m_rulesPage->setKnownSeries(series);
}

Config SettingsDialog::config() const
{
    // Start from the saved config so keys no page shows are kept as they are.
    Config config = m_saved;
    for (const SettingsPage *page : m_pages)
        page->save(config);
    return config;
}

void SettingsDialog::revalidate()
{
    QStringList problems;
    for (const SettingsPage *page : std::as_const(m_pages)) {
        for (const QString &p : page->validate()) {
            if (!problems.contains(p)) // pages share the rules, so they can report the same one
                problems.append(p);
        }
    }
    if (problems.isEmpty()) {
        // Last gate: what the reader would refuse, such as the interval against the history.
        const ConfigResult readBack = ConfigFile::parse(ConfigFile::toJson(config()));
        problems += readBack.errors;
        for (const QString &w : readBack.warnings) {
            if (w.startsWith(QLatin1String("rules")) || // a rule the reader would skip
                w.startsWith(QLatin1String("checks")) || w.startsWith(QLatin1String("channels")))
                problems.append(w);
        }
    }
    m_problems = problems;

    if (problems.isEmpty()) {
        m_ui->problemsLabel->hide();
    } else {
        QStringList lines;
        for (const QString &p : problems.mid(0, kMaxProblemsShown))
            lines.append(QStringLiteral("⚠ ") + p.toHtmlEscaped());
        if (problems.size() > kMaxProblemsShown)
            lines.append(tr("… and %n more", nullptr, int(problems.size() - kMaxProblemsShown)));
        m_ui->problemsLabel->setText(
            QStringLiteral("<span style=\"color:%1\"><b>%2</b><br>%3</span>")
                .arg(errorTextColour().name(), tr("Fix these to save:"),
                     lines.join(QStringLiteral("<br>"))));
        m_ui->problemsLabel->show();
    }
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const bool valid = m_problems.isEmpty();
    const bool idle = m_pending == Pending::None;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && idle);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)
        ->setEnabled(valid && idle && config() != m_saved);
}

void SettingsDialog::submit(Pending kind)
{
    if (!m_problems.isEmpty() || m_pending != Pending::None)
        return;
    const Config edited = config();
    if (edited == m_saved) {
        // Nothing to save; never rewrite the file for nothing (it may hold errors we replaced
        // with defaults).
        if (kind == Pending::Ok)
            accept();
        return;
    }
    m_submitted = edited;
    m_pending = kind;
    m_ui->saveErrorFrame->hide();
    updateButtons();
    Q_EMIT configAccepted(edited);
}

void SettingsDialog::showSaveResult(bool ok, const QString &error)
{
    const Pending pending = m_pending;
    m_pending = Pending::None;
    if (ok) {
        if (pending != Pending::None)
            m_saved = m_submitted;
        m_ui->saveErrorFrame->hide();
        if (pending == Pending::Ok) {
            accept();
            return;
        }
    } else {
        m_ui->saveErrorLabel->setText(
            tr("Could not save the settings: %1\nYour changes are still here: fix the problem "
               "and press OK or Apply again, or Cancel to discard them.")
                .arg(error));
        m_ui->saveErrorFrame->setStyleSheet(
            frameStyleSheet(QStringLiteral("saveErrorFrame"), errorColours(palette())));
        m_ui->saveErrorFrame->show();
    }
    updateButtons();
}

} // namespace vigil
