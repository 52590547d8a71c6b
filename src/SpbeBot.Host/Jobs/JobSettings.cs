namespace SpbeBot.Host.Jobs;

/// <summary>
/// Settings from the <c>Spbebot:Jobs</c> section, or as environment variables:
/// <list type="bullet">
/// <item><c>SPBEBOT__JOBS__REMINDERCRON</c> — when the daily reminder scan runs, in the instansi's time zone; default
/// <c>0 8 * * 1-5</c> (08:00 on working days).</item>
/// <item><c>SPBEBOT__JOBS__DIGESTCRON</c> — when the weekly digest goes to the Tim Koordinasi and coordinators; default
/// <c>0 7 * * 1</c> (Monday 07:00).</item>
/// <item><c>SPBEBOT__JOBS__DASHBOARDPASSWORD</c> — password of user "admin" for the job dashboard at /hangfire. Empty:
/// the dashboard refuses everyone.</item>
/// <item><c>SPBEBOT__JOBS__POLLSECONDS</c> — how often idle workers look for due jobs; default 1 (Hangfire.PostgreSql's
/// own default is 15 s).</item>
/// <item><c>SPBEBOT__JOBS__ENABLED</c> — run the job server in this process; default true.</item>
/// </list>
/// </summary>
sealed class JobSettings
{
    public const string Section = "Spbebot:Jobs";

    public string ReminderCron { get; set; } = "0 8 * * 1-5";
    public string DigestCron { get; set; } = "0 7 * * 1";
    public string? DashboardPassword { get; set; }
    public double PollSeconds { get; set; } = 1;
    public bool Enabled { get; set; } = true;
}
