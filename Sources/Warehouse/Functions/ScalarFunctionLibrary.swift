/// Every built-in scalar function: the families (date and time, string, numeric, conditional)
/// each contribute their list.
enum ScalarFunctionLibrary {
    static let all: [ScalarFunction] = NumericFunctions.all + StringFunctions.all + ConditionalFunctions.all + DateTimeFunctions.all
}
