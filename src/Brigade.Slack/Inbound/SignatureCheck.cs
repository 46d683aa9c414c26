namespace Brigade.Slack.Inbound;

public enum SignatureCheck { Valid, NotConfigured, MissingHeaders, BadTimestamp, Stale, Mismatch }
