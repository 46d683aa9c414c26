using BrigadeBot.Features.Common;

namespace BrigadeBot.Features.Codev;

/// <summary>Every French word of the codevelopment's App Home sections.</summary>
public static class CodevHomeTexts
{
    public const string Topics = "Sujets de codéveloppement ouverts";
    public static readonly string NoTopics = FrenchTypography.Apply("Aucun sujet ouvert. Proposez le vôtre : `/brigade proposer`.");
    public static string TopicLine(int id, int votes, string problem) => $"*no {id}* · {votes} vote(s)\n{problem}";
    public const string VoteButton = "👍 Voter";
    public static string MoreTopics(int count) => FrenchTypography.Format($"… et {count} autre(s) sujet(s) : `/brigade sujets`.");
    public static string Voted(int id, bool added) => added
        ? $":thumbsup: Votre vote pour le sujet no {id} est compté."
        : $"Votre vote pour le sujet no {id} est retiré.";
    public const string VoteClosed = ":information_source: Ce sujet n'est plus ouvert au vote.";

    public const string TopicsWithCounts = "Sujets de codéveloppement ouverts";
    public static string TopicCount(int id, int votes, string problem) => $"*no {id}* · {votes} vote(s) · {problem}";
}
