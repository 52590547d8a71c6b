namespace SpbeBot.Core.Storage;

/// <summary>Why the embedded cluster could not be set up or started.</summary>
public enum EmbeddedClusterProblem { DataFolderNotEmpty, CannotGiveToPostgresUser, PostgresUserCannotReach, InitdbFailed, FailedToStart }

/// <summary>
/// The embedded cluster could not be set up or started. The person reads it in one language from the dialogs
/// (StartupTexts.ClusterProblem); <see cref="Exception.Message"/> is the English one, for logs.
/// </summary>
/// <param name="Path">The data folder, or the file that could not be handed over.</param>
/// <param name="Detail">The PostgreSQL tool's own output (and the server log's end), as it came; may be empty.</param>
public sealed class EmbeddedClusterException(EmbeddedClusterProblem problem, string path, string osUser, string detail)
    : InvalidOperationException($"Embedded PostgreSQL: {problem} ({path}, user {osUser})" + (detail.Length > 0 ? ":\n" + detail : "."))
{
    public EmbeddedClusterProblem Problem { get; } = problem;
    public string Path { get; } = path;
    public string OsUser { get; } = osUser;
    public string Detail { get; } = detail;
}
