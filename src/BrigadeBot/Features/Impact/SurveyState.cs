namespace BrigadeBot.Features.Impact;

public enum SurveyState { Open, AlreadyAnswered, Closed, NotYours }
