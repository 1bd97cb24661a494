/// The columnar SQL engine that behaves like Amazon Redshift. It depends on nothing else of ours:
/// CloudSim reaches it, never the other way round.
public enum Warehouse {}
