namespace BrigadeBot.Features.Codev;

public enum MeetingStatus { Scheduled, Closed, Cancelled }
