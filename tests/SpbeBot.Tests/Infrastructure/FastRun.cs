namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The quick loop, `./scripts/test --fast`, runs only test classes without <c>[Trait("Kind", "Slow")]</c>: the mark
/// of every class that needs PostgreSQL, the real executable or a browser. So that the mark cannot be forgotten, the
/// helpers that start those refuse to in the fast run, and the test fails saying what to add.
/// </summary>
public static class FastRun
{
    public const string EnvironmentVariable = "SPBEBOT_TEST_FAST";

    public static void Refuse(string what)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) == "1")
            throw new InvalidOperationException(
                $"This test needs {what}, which the fast run (./scripts/test --fast) leaves out: mark its class [Trait(\"Kind\", \"Slow\")].");
    }
}
