/**
 * A check that needs a system tool (Java, nginx, Apache) the machine lacks: CI must have it, so
 * there the check fails; on a machine with only Node and npm it is skipped, saying what to install.
 */
export function missingTool(message: string): never {
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message} Skipped on this machine.`);
  process.exit(0);
}
