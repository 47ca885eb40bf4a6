// Types for the one seedrandom module the engine loads: the alea generator, with its
// exportable state (seedrandom's own types describe only the package's main entry).
declare module "seedrandom/lib/alea.js" {
  export interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }
  export interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    state(): AleaState;
  }
  function alea(seed: string, options: { state: AleaState | true }): AleaPrng;
  export default alea;
}
