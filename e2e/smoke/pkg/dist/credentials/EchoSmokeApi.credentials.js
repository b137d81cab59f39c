'use strict';
class EchoSmokeApi {
  constructor() {
    this.name = 'echoSmokeApi';
    this.displayName = 'Echo Smoke API';
    this.properties = [
      { displayName: 'Token', name: 'token', type: 'string', typeOptions: { password: true }, default: '' },
    ];
  }
}
exports.EchoSmokeApi = EchoSmokeApi;
