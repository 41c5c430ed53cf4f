import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CreatePingDto } from './dto/create-ping.dto';
import { PingsService } from './pings.service';

/** Walking skeleton endpoints: replaced by the journey API. */
@Controller('api/v1/pings')
export class PingsController {
  constructor(private readonly pings: PingsService) {}

  @Post()
  create(@Body() body: CreatePingDto) {
    return this.pings.create(body.message);
  }

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.pings.get(id);
  }
}
