namespace BrigadeBot.Features.Impact;

public enum FollowUpState { Open, AlreadyAnswered, Closed, NotYours }
