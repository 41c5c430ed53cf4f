import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';

export interface ControllerRoute {
  /** `GET /api/v1/contacts/:id` */
  route: string;
  /** The handler takes a @Body(). */
  readsBody: boolean;
}

/** Every route the app's controllers declare, read from Nest's own metadata. */
export function controllerRoutes(app: INestApplication): ControllerRoute[] {
  const routes = new Map<string, ControllerRoute>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prefixes = asArray(Reflect.getMetadata(PATH_METADATA, metatype));
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const args = Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {});
        const readsBody = args.some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
        for (const prefix of prefixes) {
          for (const path of asArray(Reflect.getMetadata(PATH_METADATA, handler))) {
            const route = `${RequestMethod[method]} ${join(prefix, path)}`;
            routes.set(route, { route, readsBody });
          }
        }
      }
    }
  }
  return [...routes.values()].sort((a, b) => a.route.localeCompare(b.route));
}

function asArray(value: unknown): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [String(value)];
}

function join(...parts: string[]): string {
  return `/${parts.flatMap((part) => part.split('/')).filter(Boolean).join('/')}`;
}
