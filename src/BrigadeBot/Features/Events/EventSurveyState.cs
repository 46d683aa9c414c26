namespace BrigadeBot.Features.Events;

public enum EventSurveyState { Open, AlreadyAnswered, Closed, NotYours }
