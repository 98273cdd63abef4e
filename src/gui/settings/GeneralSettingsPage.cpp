#include "GeneralSettingsPage.h"
#include "ui_GeneralSettingsPage.h"

#include "LanguageChooser.h"
#include "RuleTableModel.h"
#include "RuleText.h"
#include "alerts/CompareOp.h"
#include "appearance/Appearance.h"
#include "config/Config.h"
#include "config/ConfigFile.h"
#include "config/Duration.h"
#include "desktop/AutostartToggle.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>

#include <cmath>

namespace vigil {

namespace {

QString opWords(CompareOp op)
{
    switch (op) {
    case CompareOp::Greater:
        return QObject::tr("above");
    case CompareOp::GreaterEqual:
        return QObject::tr("at or above");
    case CompareOp::Less:
        return QObject::tr("below");
    case CompareOp::LessEqual:
        return QObject::tr("at or below");
    }
    return QString();
}

// Enough decimals to show a configured value exactly (80.25 keeps both), at least one.
int decimalsFor(const std::optional<double> &value)
{
    if (!value)
        return 1;
    const QString text = QString::number(*value, 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 ? 1 : int(qBound(qsizetype(1), text.size() - dot - 1, qsizetype(4)));
}

// Below the unit's range the box reads "off": no threshold at that level.
void setUpSpinBox(QDoubleSpinBox *box, Unit unit, const std::optional<double> &value)
{
    const double low = unit == Unit::Percent ? 0 : -1e12;
    const double high = unit == Unit::Percent ? 100 : 1e15;
    const int decimals = std::max(decimalsFor(value), box->decimals());
    box->setDecimals(decimals);
    const double off = low - std::pow(10.0, -decimals);
    box->setRange(off, high);
    box->setSpecialValueText(QObject::tr("off"));
    box->setSuffix(ruletext::unitSuffix(unit));
    box->setValue(value ? *value : off);
}

std::optional<double> spinValue(const QDoubleSpinBox *box)
{
    if (box->value() <= box->minimum())
        return std::nullopt;
    return box->value();
}

QString statusHtml(const QStringList &errors)
{
    QStringList lines;
    for (const QString &e : errors)
        lines.append(QStringLiteral("⚠ ") + e.toHtmlEscaped());
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(errorTextColour().name(), lines.join(QStringLiteral("<br>")));
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(RuleTableModel *rules, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::GeneralSettingsPage>())
    , m_rules(rules)
{
    m_ui->setupUi(this);
    QPalette hint = m_ui->thresholdsHintLabel->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_ui->thresholdsHintLabel->setPalette(hint);

    m_rows[0] = {QStringLiteral("cpu_high"),
                 tr("total CPU usage"),
                 m_ui->cpuEnabledCheckBox,
                 m_ui->cpuWarningSpinBox,
                 m_ui->cpuCriticalSpinBox,
                 m_ui->cpuForLineEdit,
                 m_ui->cpuStatusLabel,
                 {m_ui->cpuEnabledCheckBox, m_ui->cpuWarningLabel, m_ui->cpuWarningSpinBox,
                  m_ui->cpuCriticalLabel, m_ui->cpuCriticalSpinBox, m_ui->cpuForLabel,
                  m_ui->cpuForLineEdit}};
    m_rows[1] = {QStringLiteral("memory_high"),
                 tr("memory in use"),
                 m_ui->memoryEnabledCheckBox,
                 m_ui->memoryWarningSpinBox,
                 m_ui->memoryCriticalSpinBox,
                 m_ui->memoryForLineEdit,
                 m_ui->memoryStatusLabel,
                 {m_ui->memoryEnabledCheckBox, m_ui->memoryWarningLabel, m_ui->memoryWarningSpinBox,
                  m_ui->memoryCriticalLabel, m_ui->memoryCriticalSpinBox, m_ui->memoryForLabel,
                  m_ui->memoryForLineEdit}};
    m_rows[2] = {QStringLiteral("filesystem_full"),
                 tr("a file system"),
                 m_ui->filesystemEnabledCheckBox,
                 m_ui->filesystemWarningSpinBox,
                 m_ui->filesystemCriticalSpinBox,
                 m_ui->filesystemForLineEdit,
                 m_ui->filesystemStatusLabel,
                 {m_ui->filesystemEnabledCheckBox, m_ui->filesystemWarningLabel,
                  m_ui->filesystemWarningSpinBox, m_ui->filesystemCriticalLabel,
                  m_ui->filesystemCriticalSpinBox, m_ui->filesystemForLabel,
                  m_ui->filesystemForLineEdit}};
    for (Row &row : m_rows)
        setUpRow(row);

    m_ui->minimumSeverityComboBox->addItem(tr("Warning"), int(Severity::Warning));
    m_ui->minimumSeverityComboBox->addItem(tr("Critical"), int(Severity::Critical));
    connect(m_ui->notificationsEnabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->minimumSeverityComboBox->setEnabled(on);
        m_ui->minimumSeverityLabel->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_ui->minimumSeverityComboBox, &QComboBox::currentIndexChanged, this,
            &SettingsPage::changed);
    connect(m_ui->samplingIntervalLineEdit, &QLineEdit::textChanged, this, [this] {
        updateIntervalStatus();
        Q_EMIT changed();
    });
    // Not part of the Config: the autostart entry is read, written and removed at once.
    new AutostartToggle(m_ui->startAtLoginCheckBox, m_ui->startAtLoginStatusLabel);
    // Neither is the language: it lives in the UI state, see GuiSession::openSettings.
    m_language = new LanguageChooser(m_ui->languageComboBox, m_ui->languageNoteLabel, this);

    auto refresh = [this] {
        if (!m_writing)
            refreshRows();
    };
    connect(m_rules, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_rules, &QAbstractItemModel::dataChanged, this, refresh);
    refreshRows();
}

GeneralSettingsPage::~GeneralSettingsPage() = default;

QString GeneralSettingsPage::title() const
{
    return tr("&General");
}

void GeneralSettingsPage::setUpRow(Row &row)
{
    row.warning->setAccessibleName(tr("Warning threshold for %1").arg(row.what));
    row.critical->setAccessibleName(tr("Critical threshold for %1").arg(row.what));
    row.forEdit->setAccessibleName(tr("Pending time for %1").arg(row.what));
    connect(row.status, &QLabel::linkActivated, this,
            [this, name = row.rule] { restoreRule(name); });
    Row *r = &row; // m_rows never moves
    connect(row.enabled, &QCheckBox::toggled, this, [this, r] { writeRow(*r, r->enabled); });
    connect(row.warning, &QDoubleSpinBox::valueChanged, this,
            [this, r] { writeRow(*r, r->warning); });
    connect(row.critical, &QDoubleSpinBox::valueChanged, this,
            [this, r] { writeRow(*r, r->critical); });
    connect(row.forEdit, &QLineEdit::textChanged, this, [this, r] { writeRow(*r, r->forEdit); });
}

void GeneralSettingsPage::load(const Config &config)
{
    // The rules arrive through the shared model (RulesSettingsPage::load).
    m_historyMs = config.sampling.historyMs;
    m_ui->samplingIntervalLineEdit->setText(formatDuration(config.sampling.intervalMs));
    m_ui->notificationsEnabledCheckBox->setChecked(config.notifications.desktop.enabled);
    m_ui->minimumSeverityComboBox->setCurrentIndex(
        config.notifications.desktop.minSeverity == Severity::Critical ? 1 : 0);
    m_ui->minimumSeverityComboBox->setEnabled(config.notifications.desktop.enabled);
    m_ui->minimumSeverityLabel->setEnabled(config.notifications.desktop.enabled);
    refreshRows();
    updateIntervalStatus();
}

void GeneralSettingsPage::save(Config &config) const
{
    // Threshold edits are already in the shared model, which the Alert rules page saves.
    qint64 ms = 0;
    if (parseDuration(m_ui->samplingIntervalLineEdit->text().trimmed(), &ms))
        config.sampling.intervalMs = ms;
    config.notifications.desktop.enabled = m_ui->notificationsEnabledCheckBox->isChecked();
    config.notifications.desktop.minSeverity =
        Severity(m_ui->minimumSeverityComboBox->currentData().toInt());
}

QStringList GeneralSettingsPage::validate() const
{
    QStringList problems;
    for (const Row &row : m_rows) {
        const int index = m_rules->rowOfName(row.rule);
        if (index < 0)
            continue;
        const QString forError = forProblem(row);
        if (!forError.isEmpty())
            problems.append(row.rule + QStringLiteral(" — ") +
                            ruletext::describeError(QStringLiteral("for"), forError));
        const QString ruleError = m_rules->problem(index);
        if (!ruleError.isEmpty())
            problems.append(ruleError);
    }
    const QString interval = intervalProblem();
    if (!interval.isEmpty())
        problems.append(tr("Sampling interval: %1").arg(interval));
    return problems;
}

void GeneralSettingsPage::refreshRows()
{
    for (Row &row : m_rows)
        refreshRow(row);
}

void GeneralSettingsPage::refreshRow(Row &row)
{
    const int index = m_rules->rowOfName(row.rule);
    for (QWidget *w : std::as_const(row.fields))
        w->setEnabled(index >= 0);
    if (index < 0) {
        const QSignalBlocker blockEnabled(row.enabled);
        row.enabled->setChecked(false);
        updateRowStatus(row);
        return;
    }
    const AlertRule &rule = m_rules->rule(index);
    const Unit unit = ruletext::unitOfSelector(rule.series);
    const QString cmp = opWords(rule.op);
    row.warning->setToolTip(tr("Warn when %1 stays %2 this value (%3) for the time in “for”. "
                               "“off” (the lowest value): no warning level.")
                                .arg(row.what, cmp, compareOpSymbol(rule.op)));
    row.critical->setToolTip(
        tr("Raise a critical alert when %1 stays %2 this value (%3) for the time in “for”. "
           "“off” (the lowest value): no critical level.")
            .arg(row.what, cmp, compareOpSymbol(rule.op)));
    row.forEdit->setToolTip(
        tr("How long %1 must stay past a threshold before the alert fires, like 30s, 2m or "
           "1h30m; 0s fires at once. Shorter breaches never notify.")
            .arg(row.what));
    row.enabled->setToolTip(tr("Rule %1 on %2. Uncheck to keep the rule but stop "
                               "evaluating it.")
                                .arg(rule.name, rule.series));
    for (QWidget *w : {static_cast<QWidget *>(row.warning), static_cast<QWidget *>(row.critical),
                       static_cast<QWidget *>(row.forEdit)})
        w->setProperty("baseToolTip", w->toolTip());

    m_updating = true;
    row.enabled->setChecked(rule.enabled);
    if (spinValue(row.warning) != rule.warning ||
        row.warning->suffix() != ruletext::unitSuffix(unit))
        setUpSpinBox(row.warning, unit, rule.warning);
    if (spinValue(row.critical) != rule.critical ||
        row.critical->suffix() != ruletext::unitSuffix(unit))
        setUpSpinBox(row.critical, unit, rule.critical);
    qint64 shown = -1;
    if (!parseDuration(row.forEdit->text().trimmed(), &shown) || shown != rule.forMs)
        row.forEdit->setText(formatDuration(rule.forMs));
    m_updating = false;
    updateRowStatus(row);
}

void GeneralSettingsPage::writeRow(Row &row, QObject *source)
{
    if (m_updating)
        return;
    const int index = m_rules->rowOfName(row.rule);
    if (index >= 0) {
        // Only the edited field: the others keep the model's exact values.
        AlertRule rule = m_rules->rule(index);
        if (source == row.enabled)
            rule.enabled = row.enabled->isChecked();
        else if (source == row.warning)
            rule.warning = spinValue(row.warning);
        else if (source == row.critical)
            rule.critical = spinValue(row.critical);
        else if (source == row.forEdit)
            parseDuration(row.forEdit->text().trimmed(), &rule.forMs);
        m_writing = true;
        m_rules->setRule(index, rule);
        m_writing = false;
    }
    for (Row &r : m_rows) // a duplicate name or a shared model change can touch other rows
        updateRowStatus(r);
    Q_EMIT changed();
}

QString GeneralSettingsPage::forProblem(const Row &row) const
{
    QString error;
    qint64 ms = 0;
    const DurationStatus status = parseDurationStatus(row.forEdit->text().trimmed(), &ms, &error);
    return status == DurationStatus::Ok ? QString() : error;
}

void GeneralSettingsPage::updateRowStatus(Row &row)
{
    const int index = m_rules->rowOfName(row.rule);
    ruletext::markInvalid(row.warning, QString());
    ruletext::markInvalid(row.critical, QString());
    ruletext::markInvalid(row.forEdit, QString());
    if (index < 0) {
        row.status->setText(tr("Rule “%1” was removed from the rule list, so this check is off. "
                               "<a href=\"restore\">Restore the default rule</a>")
                                .arg(row.rule));
        row.status->setVisible(true);
        return;
    }
    QStringList errors;
    const QString forError = forProblem(row);
    if (!forError.isEmpty()) {
        errors.append(ruletext::describeError(QStringLiteral("for"), forError));
        ruletext::markInvalid(row.forEdit, forError);
    }
    QString field;
    QString error;
    const AlertRule &rule = m_rules->rule(index);
    if (!ruletext::checkRule(rule, &field, &error)) {
        QWidget *target = nullptr;
        if (field == QLatin1String("warning") || field == QLatin1String("warning_clear"))
            target = row.warning;
        else if (field == QLatin1String("critical") || field == QLatin1String("critical_clear"))
            target = row.critical;
        else if (field == QLatin1String("for"))
            target = row.forEdit;
        QString text = ruletext::describeError(field, error);
        if (!target || field.endsWith(QLatin1String("_clear")))
            text += tr(" (edit the rule on the Alert rules page)");
        errors.append(text);
        if (target)
            ruletext::markInvalid(target, error);
    } else {
        const QString duplicate = m_rules->problem(index);
        if (!duplicate.isEmpty())
            errors.append(duplicate);
    }
    row.status->setText(statusHtml(errors));
    row.status->setVisible(!errors.isEmpty());
}

QString GeneralSettingsPage::intervalProblem() const
{
    QString error;
    qint64 ms = 0;
    const QString text = m_ui->samplingIntervalLineEdit->text().trimmed();
    if (parseDurationStatus(text, &ms, &error) != DurationStatus::Ok)
        return error;
    if (ms < ConfigLimits::MinIntervalMs || ms > ConfigLimits::MaxIntervalMs)
        return tr("%1 is out of range; allowed %2 to %3")
            .arg(text, formatDuration(ConfigLimits::MinIntervalMs),
                 formatDuration(ConfigLimits::MaxIntervalMs));
    if (m_historyMs > 0 && ms > m_historyMs)
        return tr("%1 is longer than the history kept (%2)").arg(text, formatDuration(m_historyMs));
    if (m_historyMs / ms > ConfigLimits::MaxHistorySamples)
        return tr("%1 keeps %2 samples per series over the %3 history; the maximum is %4")
            .arg(text)
            .arg(m_historyMs / ms)
            .arg(formatDuration(m_historyMs))
            .arg(ConfigLimits::MaxHistorySamples);
    return QString();
}

void GeneralSettingsPage::updateIntervalStatus()
{
    const QString problem = intervalProblem();
    ruletext::markInvalid(m_ui->samplingIntervalLineEdit, problem);
    m_ui->samplingIntervalStatusLabel->setText(problem.isEmpty() ? QString()
                                                                 : statusHtml({problem}));
    m_ui->samplingIntervalStatusLabel->setVisible(!problem.isEmpty());
}

void GeneralSettingsPage::restoreRule(const QString &name)
{
    const QList<AlertRule> defaults = defaultAlertRules();
    for (int i = 0; i < defaults.size(); ++i) {
        if (defaults.at(i).name == name && m_rules->rowOfName(name) < 0) {
            m_rules->insertRule(std::min(i, m_rules->rowCount()), defaults.at(i));
            return; // the model signals refresh the row and tell the dialog
        }
    }
}

} // namespace vigil
