namespace BrigadeBot.Features.Events;

public enum ConferenceStatus { Scheduled, Cancelled }
