import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { Allow } from './authorization.js';
import { STAFF_ROLES, type StaffRole } from './roles.js';
import { revokeSession } from './session.store.js';
import {
  changeStaffRole,
  createStaffAccount,
  deactivateStaffAccount,
  findStaffAccount,
  listStaffAccounts,
  type StaffAccountView,
  signIn,
} from './staff.service.js';
import { CreateStaffAccountInput, SignInInput, StaffAccountType, StaffRoleEnum } from './staff.types.js';

const toStaffAccountType = (a: StaffAccountView): StaffAccountType => Object.assign(new StaffAccountType(), a);

/** The signed-in account; resolvers reach here only with a staff caller. */
function staffOf(ctx: Context) {
  if (ctx.caller.kind !== 'staff') throw new Error('a staff operation ran without a staff caller');
  return ctx.caller;
}

@Resolver()
export class StaffResolver {
  @Allow('CONSOLE')
  @Mutation(() => StaffAccountType, { description: 'Signs in to the console: the session travels in a cookie.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<StaffAccountType> {
    // Every attempt counts, per address and per account name, whether the account exists or not.
    const accountKey = `account:${input.email.trim().toLowerCase()}`;
    await ctx.limits.consume('loginIp');
    await ctx.limits.consume('loginAccount', accountKey);
    const { account, token } = orThrow(await signIn(ctx.em, ctx.session.lifetime, input));
    await ctx.limits.reset('loginAccount', accountKey);
    if (ctx.caller.kind === 'staff') await revokeSession(ctx.em, ctx.caller.sessionId);
    ctx.session.cookie.set(token);
    return toStaffAccountType(account);
  }

  @Allow(...STAFF_ROLES)
  @Mutation(() => Boolean, { description: 'Ends this session on every API instance.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await revokeSession(ctx.em, staffOf(ctx).sessionId);
    ctx.session.cookie.clear();
    return true;
  }

  @Allow(...STAFF_ROLES)
  @Query(() => StaffAccountType, { description: 'The signed-in account.' })
  async me(@Ctx() ctx: Context): Promise<StaffAccountType> {
    const account = await findStaffAccount(ctx.em, staffOf(ctx).accountId);
    if (!account) throw new Error('a live session without its account');
    return toStaffAccountType(account);
  }

  @Allow('ADMIN')
  @Query(() => [StaffAccountType])
  async staffAccounts(@Ctx() ctx: Context): Promise<StaffAccountType[]> {
    return (await listStaffAccounts(ctx.em)).map(toStaffAccountType);
  }

  @Allow('ADMIN')
  @Mutation(() => StaffAccountType)
  async createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput,
    @Ctx() ctx: Context,
  ): Promise<StaffAccountType> {
    return toStaffAccountType(orThrow(await createStaffAccount(ctx.em, input)));
  }

  @Allow('ADMIN')
  @Mutation(() => StaffAccountType, {
    description: 'Gives another account a new role (a THERAPIST one names its therapist) and signs it out everywhere.',
  })
  async changeStaffRole(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => StaffRoleEnum) role: StaffRole,
    @Arg('therapistId', () => ID, { nullable: true }) therapistId: string | null,
    @Ctx() ctx: Context,
  ): Promise<StaffAccountType> {
    return toStaffAccountType(
      orThrow(await changeStaffRole(ctx.em, id, { role, therapistId }, staffOf(ctx).accountId)),
    );
  }

  @Allow('ADMIN')
  @Mutation(() => StaffAccountType, { description: 'Closes an account and signs it out everywhere.' })
  async deactivateStaffAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffAccountType> {
    return toStaffAccountType(orThrow(await deactivateStaffAccount(ctx.em, id, staffOf(ctx).accountId)));
  }
}
