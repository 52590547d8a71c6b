namespace SpbeBot.Dialogs.Common;

/// <summary>The reply language: Bahasa Indonesia first, English second.</summary>
public enum Language { Id, En }
