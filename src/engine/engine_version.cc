// Keeps the engine library non-empty; the engines themselves live beside this file.
namespace plenary::engine {
const char* EngineVersion() { return "1"; }
}  // namespace plenary::engine
