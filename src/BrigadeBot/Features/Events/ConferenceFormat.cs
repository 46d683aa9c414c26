namespace BrigadeBot.Features.Events;

public enum ConferenceFormat { InPerson, Online, Both }
