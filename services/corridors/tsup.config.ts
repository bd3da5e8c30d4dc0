import { defineConfig } from "tsup";
import { serviceBuild } from "../../tsup.config.base";

export default defineConfig(serviceBuild(__dirname));
