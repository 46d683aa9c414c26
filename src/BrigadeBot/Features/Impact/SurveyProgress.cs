namespace BrigadeBot.Features.Impact;

public enum SurveyProgress { Yes, ALittle, No }
